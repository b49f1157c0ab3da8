import { formatErrors } from "../lib/errors";
import { loadContent } from "../lib/content";

const result = loadContent();
if (!result.ok) {
  process.stderr.write(formatErrors(result.errors));
  process.exit(1);
}
const { roles, comparisons, ladders } = result.value;
process.stdout.write(`Content is valid: ${roles.length} roles, ${comparisons.length} comparisons, ${ladders.length} ladders.\n`);
