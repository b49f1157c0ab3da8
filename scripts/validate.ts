import { formatErrors } from "../lib/errors";
import { loadContent } from "../lib/content";

const result = loadContent();
if (!result.ok) {
  process.stderr.write(formatErrors(result.errors));
  process.exit(1);
}
const { roles, comparisons, ladders } = result.value;
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
process.stdout.write(`Content is valid: ${count(roles.length, "role")}, ${count(comparisons.length, "comparison")}, ${count(ladders.length, "ladder")}.\n`);
