import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { projectCopy } from "./project-copy";
import { contentDir, loadContent } from "../lib/content/load";
import { formatErrors } from "../lib/content/errors";
import { noCache } from "../lib/content/cache";
import { SITE_FILE } from "../lib/content/parse-site";
import { SCRUM_ACTIVITIES } from "../lib/content/vocabulary";
import { levelsByArea } from "../lib/responsibilities/raci";
import { findRole } from "../lib/model/find-role";
import type { Level } from "../lib/content/schema";

/*
 * Benchmark, not a test: how parsing, `npm run validate` and the full build grow with the number
 * of roles. Roles are copies of the real role files under new names (real-sized text), with
 * titles, aliases and references renamed so every copy is valid. Parsing is timed without the
 * parse cache; `npm run validate` with an empty cache, then again after one file changed; each
 * build with an empty cache, as on a fresh checkout. Each build runs in a copy of the project
 * under bench-tmp/, so no tracked file, .next, out/ or the project's own cache is touched.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TMP = path.join(ROOT, "bench-tmp");
/** The content copied: the project's own, or CONTENT_DIR's. */
const CONTENT = contentDir();
/** The sizes to measure; by default the real roles alone, then 500 and 1,500. */
const sizes = (real: number): number[] => (process.env.BENCH_SIZES ?? `${real},500,1500`).split(",").map(Number);
const PARSE_RUNS = 5;

/** A failure the user must act on; main prints its message and exits 1. */
class BenchFailure extends Error {}

const load1 = () => os.loadavg()[0]!;

interface RealRole {
  slug: string;
  title: string;
  aliases: string[];
  text: string;
  /** Its own letter for each Scrum artefact that is about an area: a copy, in no team shape, must give that letter. */
  artefactLevels: Map<string, Level>;
}

function realRoles(): RealRole[] {
  const dir = path.join(CONTENT, "roles");
  const model = loadContent(CONTENT);
  if (!model.ok) throw new BenchFailure(`The real content is invalid:\n${formatErrors(model.errors)}`);
  const artefacts = model.value.areas.flatMap((a) => (a.scrumArtefact ? [{ area: a.slug, label: SCRUM_ACTIVITIES[a.scrumArtefact].label }] : []));
  return model.value.roles.map((r) => {
    const own = levelsByArea(r.responsibilities);
    const artefactLevels = new Map(artefacts.flatMap(({ area, label }) => (own.has(area) ? [[label, own.get(area)!] as const] : [])));
    return { slug: r.slug, title: r.title, aliases: r.aliases, text: fs.readFileSync(path.join(dir, `${r.slug}.md`), "utf8"), artefactLevels };
  });
}

/** Copy k of a role (k = 0 is the role itself): its slug, title and aliases carry the number. */
const copySlug = (slug: string, k: number) => (k === 0 ? slug : `${slug}-${k}`);
const copyName = (name: string, k: number) => (k === 0 ? name : `${name} ${k}`);

function roleCopy(real: RealRole[], i: number, n: number): { slug: string; text: string } {
  const role = real[i % real.length]!;
  const k = Math.floor(i / real.length);
  // A reference points at the same copy of the other role when that copy exists, else at the original.
  const exists = (slug: string) => real.findIndex((r) => r.slug === slug) + k * real.length < n;
  const ref = (slug: string) => (exists(slug) ? copySlug(slug, k) : slug);
  const [, frontMatter = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(role.text) ?? [];
  // Edited as YAML, so a list written across lines or a quoted title is renamed as surely as a one-line one.
  const fm = parseDocument(frontMatter);
  const data = fm.toJS() as { title: string; aliases?: string[]; related?: string[]; builds_on?: string };
  fm.set("title", copyName(data.title, k));
  if (data.aliases)
    fm.set(
      "aliases",
      fm.createNode(
        data.aliases.map((a) => copyName(a, k)),
        { flow: true },
      ),
    );
  if (data.related) fm.set("related", fm.createNode(data.related.map(ref), { flow: true }));
  if (data.builds_on) fm.set("builds_on", ref(data.builds_on));
  // A copy is on no ladder, so a thread would name a rung it is not below.
  if (k > 0) fm.delete("grows_from");
  // "Works with" names roles by title, slug or alias: name the same copy as the references.
  const worksWith = /(## Works with\n)([\s\S]*?)(\n## |$)/;
  // A copy is in no team shape: its letters are its own, and a Scrum artefact's letter is its own letter for the area about it.
  const ownLetters = (tagged: string) =>
    k > 0
      ? tagged
          .replace(/`[^`\n]*`/g, (tag) => tag.replace(/; [ARCI] in [a-z0-9-]+(?:, *[a-z0-9-]+)*/g, ""))
          .replace(/^(- \*\*(.+?)\*\* `)[ARCI](`)/gm, (line, start: string, label: string, end: string) => {
            const level = role.artefactLevels.get(label);
            return level ? `${start}${level}${end}` : line;
          })
      : tagged;
  const text = ownLetters(body).replace(worksWith, (_, head: string, list: string, next: string) => {
    const renamed = list.replace(/^- \*\*(.+?)\*\*:/gm, (line, name: string) => {
      const other = findRole(real, name);
      return other ? `- **${exists(other.slug) ? copyName(other.title, k) : other.title}**:` : line;
    });
    return `${head}${renamed}${next}`;
  });
  return { slug: copySlug(role.slug, k), text: `---\n${fm.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${text}` };
}

/** Whether this run has written into bench-tmp/: one that stops before (a size refused, say) leaves what an earlier BENCH_KEEP=1 run kept. */
let wroteTmp = false;

function generate(n: number, real: RealRole[]): string {
  const dir = path.join(TMP, `content-${n}`);
  wroteTmp = true;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "roles"), { recursive: true });
  for (let i = 0; i < n; i++) {
    const { slug, text } = roleCopy(real, i, n);
    fs.writeFileSync(path.join(dir, "roles", `${slug}.md`), text);
  }
  // Comparisons, ladders and team shapes name the original roles, which every size includes;
  // the areas of work are the same for every size.
  for (const kind of ["comparisons", "ladders", "areas", "teams", "pairings"])
    if (fs.existsSync(path.join(CONTENT, kind))) fs.cpSync(path.join(CONTENT, kind), path.join(dir, kind), { recursive: true });
  fs.copyFileSync(path.join(CONTENT, SITE_FILE), path.join(dir, SITE_FILE));
  return dir;
}

/** Median of PARSE_RUNS timed reads, parses and validations, none cached; the warm-up also proves the content valid. */
function parseMedianMs(dir: string, n: number): number {
  const warm = loadContent(dir, noCache);
  if (!warm.ok) throw new BenchFailure(`Generated content for N=${n} is invalid:\n${formatErrors(warm.errors)}`);
  if (warm.value.roles.length !== n) throw new BenchFailure(`Expected ${n} roles, the loader found ${warm.value.roles.length}.`);
  const times = Array.from({ length: PARSE_RUNS }, () => {
    const start = performance.now();
    loadContent(dir, noCache);
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Wall seconds of one `npm run validate` of dir, Node's start-up included, with the parse cache in cacheDir. */
function validateS(dir: string, cacheDir: string): number {
  const start = performance.now();
  const run = spawnSync("npm", ["run", "--silent", "validate"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: dir, CONTENT_CACHE_DIR: cacheDir },
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new BenchFailure(`npm run validate failed for ${dir}:\n${run.stderr}`);
  return seconds;
}

/** `npm run validate`, wall time with Node's start-up: with an empty cache, then after one role file changed (a line added at its end). */
function validateRuns(dir: string, n: number) {
  const cacheDir = path.join(TMP, `cache-${n}`);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  // The first run bundles the script if its code changed since the last; that is not what is timed.
  validateS(CONTENT, cacheDir);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const loadBeforeValidate = load1();
  const validateColdS = validateS(dir, cacheDir);
  const roles = path.join(dir, "roles");
  fs.appendFileSync(path.join(roles, fs.readdirSync(roles).sort()[0]!), "\n");
  return { validateColdS, validateChangedS: validateS(dir, cacheDir), loadBeforeValidate };
}

let running: ChildProcess | undefined;

/** A clean build's wall and CPU seconds (user + system, of every process it ran), its HTML pages, and how many of them are redirect pages written after `next build`. */
async function build(n: number, site: string, contentDir: string) {
  fs.rmSync(path.join(site, "out"), { recursive: true, force: true });
  fs.rmSync(path.join(site, ".next"), { recursive: true, force: true });
  const loadBeforeBuild = load1();
  const start = performance.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    // bash's `times` prints the CPU time of the build's processes, which load from other work does not inflate much.
    // Its own process group, so that stopping the bench stops the build under bash too.
    running = spawn("bash", ["-c", "npm run build; code=$?; times; exit $code"], {
      detached: true,
      cwd: site,
      env: { ...process.env, CONTENT_DIR: contentDir, CONTENT_CACHE_DIR: path.join(TMP, `build-cache-${n}`), NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const stream of [running.stdout, running.stderr]) stream?.on("data", (d: Buffer) => output.push(d.toString()));
    running.on("error", reject);
    running.on("close", resolve);
  }).finally(() => {
    running = undefined;
  });
  const buildS = (performance.now() - start) / 1000;
  if (code !== 0) {
    const tail = output.join("").trimEnd().split("\n").slice(-30).join("\n");
    throw new BenchFailure(`npm run build failed for N=${n} (exit ${code}). Last 30 lines:\n${tail}`);
  }
  const pages = fs.readdirSync(path.join(site, "out"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).length;
  // The last of `times`'s two lines (the children's user and system time), wherever stderr put it.
  const times = [...output.join("").matchAll(/^\s*(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/gm)].pop()?.slice(1).map(Number);
  const cpuS = times && times[0]! * 60 + times[1]! + times[2]! * 60 + times[3]!;
  // One line a redirect.
  const redirects = fs.readFileSync(path.join(site, "out", "_redirects"), "utf8").match(/\n/g)?.length ?? 0;
  return { buildS, cpuS, pages, redirects, loadBeforeBuild, loadAfterBuild: load1() };
}

/** One size's figures: parsing in process, `npm run validate`, and the build unless BENCH_BUILD=0. */
type Row = { n: number; parseMs: number; loadBeforeParse: number } & ReturnType<typeof validateRuns> & Partial<Awaited<ReturnType<typeof build>>>;

function growth(label: string, a: { n: number; v: number }, b: { n: number; v: number }): string {
  const nRatio = b.n / a.n;
  const tRatio = b.v / a.v;
  const exponent = Math.log(tRatio) / Math.log(nRatio);
  return `${label} ${a.n} -> ${b.n}: ${nRatio.toFixed(1)}x roles -> ${tRatio.toFixed(2)}x time (exponent ${exponent.toFixed(2)})`;
}

/** The report's columns: each one's heading, and what a row shows in it. */
const COLUMNS: [string, (r: Row) => string][] = [
  ["N", (r) => String(r.n)],
  ["parse+validate (ms)", (r) => r.parseMs.toFixed(0)],
  ["load", (r) => r.loadBeforeParse.toFixed(2)],
  ["npm run validate: empty cache / 1 file changed (s)", (r) => `${r.validateColdS.toFixed(2)} / ${r.validateChangedS.toFixed(2)}`],
  ["load", (r) => r.loadBeforeValidate.toFixed(2)],
  ["build (s)", (r) => r.buildS?.toFixed(1) ?? "-"],
  ["build CPU (s)", (r) => r.cpuS?.toFixed(1) ?? "-"],
  ["load before/after", (r) => (r.loadBeforeBuild === undefined ? "-" : `${r.loadBeforeBuild.toFixed(2)}/${r.loadAfterBuild!.toFixed(2)}`)],
  ["HTML pages (redirects)", (r) => (r.pages === undefined ? "-" : `${r.pages} (${r.redirects ?? "?"})`)],
];

function report(rows: Row[]): void {
  const cells = [COLUMNS.map(([heading]) => heading), ...rows.map((r) => COLUMNS.map(([, show]) => show(r)))];
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  console.log(`\n${cells.map((row) => row.map((v, c) => v.padStart(widths[c]!)).join(" | ")).join("\n")}\n`);
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    console.log(growth("parse", { n: a.n, v: a.parseMs }, { n: b.n, v: b.parseMs }));
    if (a.buildS && b.buildS) console.log(growth("build", { n: a.n, v: a.buildS }, { n: b.n, v: b.buildS }));
  }
  console.log(`\n${os.cpus().length} cores; load is the 1-minute load average, so figures taken under load read high.`);
}

async function main(): Promise<Row[]> {
  const real = realRoles();
  const rows: Row[] = [];
  const asked = sizes(real.length);
  // Comparisons, ladders and team shapes name the real roles, so every size includes them all.
  const tooSmall = asked.filter((n) => !Number.isInteger(n) || n < real.length);
  if (tooSmall.length)
    throw new BenchFailure(
      `BENCH_SIZES has ${tooSmall.join(", ")}: each size must be a whole number of at least ${real.length}, the site's own roles, which every size includes.`,
    );
  for (const n of asked) {
    const dir = generate(n, real);
    const loadBeforeParse = load1();
    const parseMs = parseMedianMs(dir, n);
    console.log(`parsed and validated N=${n}: median of ${PARSE_RUNS} runs after 1 warm-up`);
    const validate = validateRuns(dir, n);
    console.log(
      `npm run validate N=${n}: ${validate.validateColdS.toFixed(2)} s with an empty cache, ${validate.validateChangedS.toFixed(2)} s after one file changed`,
    );
    rows.push({ n, parseMs, loadBeforeParse, ...validate });
  }
  if (process.env.BENCH_BUILD === "0") return rows;
  const site = projectCopy(ROOT, path.join(TMP, "site"));
  for (const row of rows) {
    console.log(`building N=${row.n}…`);
    Object.assign(row, await build(row.n, site, path.join(TMP, `content-${row.n}`)));
    console.log(`  ${row.buildS!.toFixed(1)} s (${row.cpuS?.toFixed(1) ?? "?"} s of CPU), ${row.pages} HTML pages, ${row.redirects} of them redirects`);
  }
  return rows;
}

function cleanUp(): void {
  if (running?.pid) {
    try {
      process.kill(-running.pid);
    } catch {
      // Already gone.
    }
  }
  // BENCH_KEEP=1 leaves the generated content and the built copy for profiling.
  if (wroteTmp && process.env.BENCH_KEEP !== "1") fs.rmSync(TMP, { recursive: true, force: true });
}

// A finally block does not run on Ctrl-C, so clean up on signals too.
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });

const started = performance.now();
try {
  report(await main());
} catch (e) {
  console.error(`\nBENCH FAILED: ${e instanceof BenchFailure ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
} finally {
  cleanUp();
  console.log(`\nTotal bench time, clean-up included: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
