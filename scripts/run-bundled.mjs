import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/*
 * `node scripts/run-bundled.mjs scripts/x.ts [args]` runs a TypeScript script as one file bundled
 * by esbuild. Under tsx, Node loads each of the ~500 modules behind `npm run validate` through a
 * loader thread, which costs more than a second before any work starts; one bundle loads in a
 * tenth of that. The bundle is kept in node_modules/.cache and built again only when a file it
 * was built from has changed.
 */

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error("usage: node scripts/run-bundled.mjs <script.ts> [arguments]");
const dir = path.resolve("node_modules/.cache/team-roles-scripts");
const out = path.join(dir, `${path.basename(entry, ".ts")}.mjs`);
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
    format: "esm",
    target: "node20",
    write: false,
    outfile: out,
    metafile: true,
    logLevel: "warning",
    // CommonJS packages in the bundle (gray-matter) still call require.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  fs.mkdirSync(dir, { recursive: true });
  writeAtomic(out, result.outputFiles[0].contents);
  writeAtomic(inputsFile, JSON.stringify(Object.fromEntries(Object.keys(result.metafile.inputs).map((f) => [f, fs.statSync(f).mtimeMs]))));
}
process.argv = [process.argv[0], out, ...args];
await import(pathToFileURL(out).href);
