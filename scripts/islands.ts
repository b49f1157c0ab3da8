import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { type Metafile, build } from "esbuild";
import { normaliseBase } from "../lib/site/routes";

/*
 * Islands: every components/islands/<name>.ts is an entry point, bundled to /islands/<name>.js.
 * Code an island loads with import() (MiniSearch and the search index client) is split into
 * /islands/chunks/, so it costs nothing until it is used.
 */

export const ISLANDS_DIR = "components/islands";
/** Per island: its own file and every chunk it imports statically, gzipped. */
export const ISLAND_BUDGET_BYTES = 3 * 1024;

export function islandEntries(root: string): Record<string, string> {
  const dir = path.join(root, ISLANDS_DIR);
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.endsWith(".test.ts"))
      .sort()
      .map((f) => [f.slice(0, -3), path.join(dir, f)]),
  );
}

export interface IslandSize {
  name: string;
  /** Gzipped bytes a page loads for this island before anyone interacts with it. */
  atLoad: number;
  /** Gzipped bytes it may load later with import(). */
  lazy: number;
}

/**
 * Bundles every island; writes them to outdir unless write is false. `base` is the base path the
 * islands' addresses carry, written into lib/site/routes.ts's BASE_PATH (a browser has no process.env).
 */
export async function bundleIslands(root: string, outdir: string, write = true, base = process.env.BASE_PATH): Promise<IslandSize[]> {
  const entries = islandEntries(root);
  const result = await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    minify: true,
    chunkNames: "chunks/[name]-[hash]",
    metafile: true,
    write,
    legalComments: "none",
    logLevel: "warning",
    define: { __BASE_PATH__: JSON.stringify(normaliseBase(base)) },
  });
  const bytes = new Map<string, number>();
  for (const f of result.outputFiles ?? []) bytes.set(path.relative(root, f.path), gzipSync(f.contents, { level: 9 }).length);
  if (write) for (const out of Object.keys(result.metafile.outputs)) bytes.set(out, gzipSync(fs.readFileSync(path.join(root, out)), { level: 9 }).length);
  return sizes(result.metafile, entries, bytes, root);
}

function sizes(meta: Metafile, entries: Record<string, string>, bytes: Map<string, number>, root: string): IslandSize[] {
  const closure = (start: string, kinds: readonly string[]) => {
    const seen = new Set([start]);
    // A Set's loop reaches what is added during it, so this follows every import once.
    for (const file of seen) for (const i of meta.outputs[file]?.imports ?? []) if (kinds.includes(i.kind)) seen.add(i.path);
    return seen;
  };
  return Object.entries(entries).map(([name, source]) => {
    const rel = path.relative(root, source);
    const out = Object.keys(meta.outputs).find((o) => meta.outputs[o]!.entryPoint === rel);
    if (!out) throw new Error(`esbuild wrote no output for ${rel}`);
    const now = closure(out, ["import-statement"]);
    const all = closure(out, ["import-statement", "dynamic-import"]);
    const sum = (files: Set<string>) => [...files].reduce((n, f) => n + (bytes.get(f) ?? 0), 0);
    return { name, atLoad: sum(now), lazy: sum(all) - sum(now) };
  });
}

/**
 * Bundles scripts/serve.ts with everything it imports (MiniSearch, our lib/) into one file that
 * plain Node runs, so `npm start` needs no dev tools: a deploy image can `npm ci --omit=dev`.
 */
export async function bundleServer(root: string, outfile = path.join(root, "dist/serve.mjs")): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, "scripts/serve.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    legalComments: "none",
    logLevel: "warning",
  });
}

// `tsx scripts/islands.ts` bundles the islands into public/islands, which next dev serves and
// next build copies into out/, and the server into dist/ for `npm start`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, "..");
  const outdir = path.join(root, "public/islands");
  fs.rmSync(outdir, { recursive: true, force: true });
  const list = await bundleIslands(root, outdir);
  await bundleServer(root);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Islands (gzipped): ${list.map((i) => `${i.name} ${kb(i.atLoad)}${i.lazy ? ` + ${kb(i.lazy)} on use` : ""}`).join(", ")}`);
}
