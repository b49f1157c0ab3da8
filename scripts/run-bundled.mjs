import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

/*
 * `node scripts/run-bundled.mjs scripts/x.ts [args]` runs a TypeScript script as one file bundled
 * by esbuild. Under tsx, Node loads each of the ~500 modules behind `npm run validate` through a
 * loader thread, which costs more than a second before any work starts; one bundle loads in a
 * tenth of that. The bundle is kept in node_modules/.cache and built again only when a file it
 * was built from has changed. It is CommonJS, run through node:vm with V8's code cache: compiling
 * the megabyte of code was a third of a run that had little to parse (Node 20 keeps no code cache
 * for ES modules).
 */

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error("usage: node scripts/run-bundled.mjs <script.ts> [arguments]");
const dir = path.resolve("node_modules/.cache/team-roles-scripts");
const out = path.join(dir, `${path.basename(entry, ".ts")}.cjs`);
const inputsFile = `${out}.inputs.json`;

/** Whether every file the bundle was built from is as it was then. */
function fresh() {
  try {
    const inputs = JSON.parse(fs.readFileSync(inputsFile, "utf8"));
    return fs.existsSync(out) && Object.entries(inputs).every(([file, mtime]) => fs.statSync(file).mtimeMs === mtime);
  } catch {
    return false;
  }
}

/** Written aside and renamed into place, so that a run at the same moment never reads half a file. */
function writeAtomic(file, contents) {
  const temp = `${file}.${process.pid}`;
  fs.writeFileSync(temp, contents);
  fs.renameSync(temp, file);
}

if (!fresh()) {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    outfile: out,
    metafile: true,
    logLevel: "warning",
    // The scripts are ES modules: import.meta.url is the bundle's own address (a worker thread runs the bundle by it).
    define: { "import.meta.url": "__bundleUrl" },
    banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  fs.mkdirSync(dir, { recursive: true });
  writeAtomic(out, result.outputFiles[0].contents);
  writeAtomic(inputsFile, JSON.stringify(Object.fromEntries(Object.keys(result.metafile.inputs).map((f) => [f, fs.statSync(f).mtimeMs]))));
}

const code = fs.readFileSync(out, "utf8");
// V8 checks a code cache against the source's length only, so the cache is named for a hash of the code itself.
const codeCache = `${out}.${createHash("sha256").update(code).digest("hex").slice(0, 16)}.v8`;
let cachedData;
try {
  cachedData = fs.readFileSync(codeCache);
} catch {
  // None yet: this run makes it.
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, { filename: out, cachedData });
if (!cachedData || script.cachedDataRejected) {
  // Made at exit, so that it holds every function the run compiled, not only the outermost code.
  process.once("exit", () => {
    try {
      for (const old of fs.readdirSync(dir))
        if (old.startsWith(`${path.basename(out)}.`) && old.endsWith(".v8")) fs.rmSync(path.join(dir, old), { force: true });
      writeAtomic(codeCache, script.createCachedData());
    } catch {
      // A read-only folder: the next run compiles again.
    }
  });
}
process.argv = [process.argv[0], out, ...args];
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(out), bundle, out, dir);
