import os from "node:os";
import v8 from "node:v8";
import { Worker, isMainThread, workerData } from "node:worker_threads";
import { type SourceFile, contentDir, loadContent, parseIntoCache, readContent, uncachedFiles } from "../lib/content/load";
import { formatErrors, formatWarnings } from "../lib/content/errors";
import { isInternal } from "../lib/model/visibility";
import { openParseCache } from "../lib/content/cache";

/*
 * `npm run validate`: every content problem, or a one-line summary. It runs as one bundled file
 * (scripts/run-bundled.mjs), so that Node starts it quickly, and the parse cache leaves it only the
 * changed files to parse. With many files to parse (a first run, or a new version of the parser)
 * a thread on each core parses them into the cache, and this one reads what they wrote. Every file
 * is checked, internal ones too, whoever the build is for.
 * Warnings (placeholders of a draft, one-way links) come after any errors and do not fail it.
 * package.json starts it with a small young generation (--max-semi-space-size=4): loading the cache
 * keeps nearly all it allocates, which V8's usual 16 MB spaces copy twice before promoting it. That
 * took 13% off the CPU of a run after one change. Parsing throws most of what it allocates away and
 * is faster with the usual size, so it happens in threads that get it (V8 reads the flag as a thread
 * starts): 6% less CPU than this thread parsing a share with the small one.
 */

/** Below this, starting threads costs more than it saves. */
const PARALLEL_FROM = 200;

/** What a parsing thread is given: the files to parse, and the shared count of those already taken. */
interface Share {
  files: SourceFile[];
  taken: Int32Array;
}

/** Runs this same file as a worker that parses files into the cache until none is left. */
function parseShare(share: Share): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: share });
    worker.on("error", reject);
    worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`a parsing thread stopped with code ${code}`))));
  });
}

async function main(): Promise<void> {
  const root = contentDir();
  const cache = openParseCache();
  const folder = readContent(root, cache);
  const files = uncachedFiles(folder);
  const threads = os.availableParallelism();
  // Bundled, this file can run itself as a worker; run from its TypeScript source (by tsx), it parses alone.
  if (threads > 1 && !import.meta.url.endsWith(".ts") && files.length >= PARALLEL_FROM) {
    const share: Share = { files, taken: new Int32Array(new SharedArrayBuffer(4)) };
    // A thread made from here on gets V8's usual young generation back (see above).
    v8.setFlagsFromString("--max-semi-space-size=16");
    await Promise.all(Array.from({ length: threads }, () => parseShare(share)));
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

// Not awaited at the top level: the bundle is CommonJS (scripts/run-bundled.mjs). A failure still ends the run with its error.
if (isMainThread) void main();
else {
  const { files, taken } = workerData as Share;
  // The next file a thread takes: shared by every thread, so that one that finishes early takes more.
  parseIntoCache(openParseCache(), files, () => Atomics.add(taken, 0, 1));
}
