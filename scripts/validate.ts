import os from "node:os";
import { Worker, isMainThread, workerData } from "node:worker_threads";
import { contentDir, loadContent, parseIntoCache, readContent, uncachedFiles } from "../lib/content/load";
import { formatErrors, formatWarnings } from "../lib/content/errors";
import { isInternal } from "../lib/model/visibility";
import { openParseCache } from "../lib/content/cache";

/*
 * `npm run validate`: every content problem, or a one-line summary. It runs as one bundled file
 * (scripts/run-bundled.mjs), so that Node starts it quickly, and the parse cache leaves it only the
 * changed files to parse. With many files to parse (a first run, or a new version of the parser)
 * every core takes a share. Every file is checked, internal ones too, whoever the build is for.
 * Warnings (placeholders of a draft, one-way links) come after any errors and do not fail it.
 */

/** Below this, starting threads costs more than it saves. */
const PARALLEL_FROM = 200;

interface Share {
  root: string;
  index: number;
  of: number;
}

/** Runs this same file as a worker that parses one share of the files into the cache. */
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
  const threads = os.availableParallelism();
  // Bundled, this file can run itself as a worker; run from its TypeScript source (by tsx), it parses alone.
  if (threads > 1 && import.meta.url.endsWith(".mjs") && uncachedFiles(folder).length >= PARALLEL_FROM) {
    const others = Array.from({ length: threads - 1 }, (_, i) => parseShare({ root, index: i + 1, of: threads }));
    parseIntoCache(folder, { index: 0, of: threads });
    await Promise.all(others);
  }
  const result = loadContent(root, cache, folder, "internal");
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

if (isMainThread) await main();
else {
  const share = workerData as Share;
  parseIntoCache(readContent(share.root), share);
}
