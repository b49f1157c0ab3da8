import v8 from "node:v8";
import { type SourceFile, contentDir, loadContent, parseFile, readContent, uncachedFiles } from "../lib/content/load";
import { formatErrors, formatWarnings } from "../lib/content/errors";
import { isInternal } from "../lib/model/visibility";
import { openParseCache } from "../lib/content/cache";
import { runThreads, share, takeEach, threadShare, threadsPay } from "./threads";

/*
 * `npm run validate`: every content problem, or a one-line summary. It runs as one bundled file
 * (scripts/run-bundled.mjs), so that Node starts it quickly, and the parse cache leaves it only the
 * changed files to parse. With many files to parse (a first run, or a new version of the parser)
 * a thread on each core parses them into the cache (scripts/threads.ts), and this one reads what
 * they wrote. Every file is checked, internal ones too, whoever the build is for.
 * Warnings (placeholders of a draft, one-way links) come after any errors and do not fail it.
 * package.json starts it with a small young generation (--max-semi-space-size=4): loading the cache
 * keeps nearly all it allocates, which V8's usual 16 MB spaces copy twice before promoting it. That
 * took 13% off the CPU of a run after one change. Parsing throws most of what it allocates away and
 * is faster with the usual size, so it happens in threads that get it (V8 reads the flag as a thread
 * starts): 6% less CPU than this thread parsing a share with the small one.
 */

const TASK = "parse content files";

async function main(): Promise<void> {
  const root = contentDir();
  const cache = openParseCache();
  const folder = readContent(root, cache);
  const files = uncachedFiles(folder);
  // Otherwise loadContent parses what the cache lacks, here.
  if (threadsPay(import.meta.url, files.length)) {
    // A thread made from here on gets V8's usual young generation back (see above).
    v8.setFlagsFromString("--max-semi-space-size=16");
    await runThreads(import.meta.url, share(TASK, files));
  }
  const result = loadContent(root, cache, folder, "internal", { forChecking: true });
  const warnings = result.warnings ?? [];
  if (!result.ok) {
    process.stderr.write(formatErrors(result.errors));
    if (warnings.length) process.stderr.write(`\n${formatWarnings(warnings)}`);
    process.exit(1);
  }
  if (warnings.length) process.stderr.write(formatWarnings(warnings));
  const { roles, comparisons, ladders, areas, teams, pairings } = result.value;
  const count = (n: number, word: string, plural = `${word}s`) => `${n} ${n === 1 ? word : plural}`;
  const internal = [...roles, ...comparisons, ...ladders, ...areas, ...teams].filter(isInternal).length;
  process.stdout.write(
    `Content is valid: ${count(roles.length, "role")}, ${count(comparisons.length, "comparison")}, ${count(ladders.length, "ladder")}, ${count(areas.length, "area of work", "areas of work")}, ${count(teams.length, "team shape")}, ${count(pairings.length, "pairing")}${internal ? ` (${internal} internal, built only with AUDIENCE=internal)` : ""}${warnings.length ? `, ${count(warnings.length, "warning")}` : ""}.\n`,
  );
}

const mine = threadShare<SourceFile>(TASK);
if (mine) {
  // One of the parsing threads that main started.
  const cache = openParseCache();
  takeEach(mine, (f) => parseFile(cache, f));
}
// Not awaited at the top level: the bundle is CommonJS (scripts/run-bundled.mjs). A failure still ends the run with its error.
else void main();
