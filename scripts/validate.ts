import { formatError, formatErrors } from "../lib/errors";
import { loadContent } from "../lib/content";
import { contentWarnings } from "../lib/model";

const result = loadContent();
if (!result.ok) {
  process.stderr.write(formatErrors(result.errors));
  process.exit(1);
}
const { roles, comparisons, ladders, areas, teams } = result.value;
const count = (n: number, word: string, plural = `${word}s`) => `${n} ${n === 1 ? word : plural}`;
const warnings = contentWarnings(result.value);
for (const w of warnings) process.stderr.write(`warning: ${formatError(w)}\n`);
process.stdout.write(
  `Content is valid: ${count(roles.length, "role")}, ${count(comparisons.length, "comparison")}, ${count(ladders.length, "ladder")}, ${count(areas.length, "area of work", "areas of work")}, ${count(teams.length, "team shape")}${warnings.length ? `, ${count(warnings.length, "warning")}` : ""}.\n`,
);
