import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { loadContent } from "../lib/content";
import { formatErrors } from "../lib/errors";
import { FAMILIES, type Family } from "../lib/schema";

/*
 * Benchmark, not a test: how content parsing and `next build` grow with the number of roles.
 * Generated content and build output live only in bench-tmp/ so the real .next and out stay untouched.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TMP = path.join(ROOT, "bench-tmp");
const SIZES = [15, 150, 1500] as const;
const PARSE_RUNS = 5;
const FAST_BUILD_S = 60;
const MAX_PROJECTED_S = 300;
// `next build` rewrites these to point at its distDir; they belong to the team, so they are put back after each build.
const NEXT_WRITES = ["tsconfig.json", "next-env.d.ts"];

type Row = { n: number; parseMs: number; buildS?: number; pages?: number };

/** A failure the user must act on; main prints its message and exits 1. */
class BenchFailure extends Error {}

const AREAS = ["Platform", "Data", "Service", "Research", "Content", "Security", "Portfolio", "Quality", "Operations"];
const KINDS = ["Analyst", "Lead", "Coordinator", "Specialist", "Partner", "Advisor", "Steward"];
const DUTIES = ["Planning the work", "Tracking risks", "Reporting progress", "Managing dependencies", "Running reviews"];
const EXTRA_DUTIES = ["Budget oversight", "Quality checks", "Stakeholder updates", "Capacity planning", "Knowledge sharing"];
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

// The number in the title keeps titles, slugs and aliases unique at any N, as the loader requires.
const titleOf = (i: number) => `${pick(AREAS, i)} ${pick(KINDS, Math.floor(i / AREAS.length))} ${i + 1}`;
const slugOf = (i: number) => titleOf(i).toLowerCase().replace(/ /g, "-");

function roleMarkdown(i: number, n: number): string {
  const title = titleOf(i);
  const related = Array.from({ length: 2 + (i % 2) }, (_, k) => slugOf((i + k + 1) % n));
  const duties = [...DUTIES, ...EXTRA_DUTIES.slice(0, i % 6)];
  const list = (items: string[], what: string) => items.map((t) => `- **${t}**: ${what.replace("$", t.toLowerCase())}`).join("\n");
  const growth = ["Beginner", "Intermediate", "Advanced"].map(
    (level, k) => `### ${level}\n\n${list([`${level} skill ${k + 1}`], "Practises $ on real work.")}`,
  );
  const sections = [
    `## What the role is for\n\nThe ${title} exists so the benchmark has realistic prose to parse.\n\nIt owns one slice of the synthetic organisation.`,
    `## Responsibilities\n\n${list(duties, "Takes care of $ for the team, week by week.")}`,
    i % 3 === 0 ? `## Growth path\n\n${growth.join("\n\n")}` : "",
    i % 4 === 0 ? `## Scrum events and artefacts\n\n${list(["Sprint planning", "Sprint review"], "Brings the view of this role to $.")}` : "",
    `## Works with\n\n${list([titleOf((i + 1) % n), titleOf((i + 2) % n)], "Agrees priorities with the $ every sprint.")}`,
    `## Why the role matters\n\nWithout the ${title}, work in this area drifts and nobody notices until late.`,
  ];
  return `---
title: ${title}
summary: The ${title} is a synthetic role generated for the benchmark, number ${i + 1} of ${n}.
aliases: [${i % 2 === 0 ? `BR${i + 1}` : ""}]
family: ${pick(Object.keys(FAMILIES) as Family[], i)}
related: [${related.join(", ")}]
sources:
  - title: Team Roles benchmark generator
    url: https://example.org/team-roles-bench
updated: 2026-11-23
dimensions:
  focus: The day-to-day work of one synthetic area of the organisation.
  scope: A single product area, from planning to delivery.
  responsibility: Making sure the area's work is planned, tracked and reported.
  communication: Talks to neighbouring roles every sprint about priorities.
---

${sections.filter(Boolean).join("\n\n")}
`;
}

function generate(n: number): string {
  const dir = path.join(TMP, `roles-${n}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "roles"), { recursive: true });
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, "roles", `${slugOf(i)}.md`), roleMarkdown(i, n));
  return dir;
}

/** Median of PARSE_RUNS timed loads; the warm-up load also proves the generated content valid. */
function parseMedianMs(dir: string, n: number): number {
  const warm = loadContent(dir);
  if (!warm.ok) throw new BenchFailure(`Generated content for N=${n} is invalid:\n${formatErrors(warm.errors)}`);
  if (warm.value.roles.length !== n) throw new BenchFailure(`Expected ${n} roles, the loader found ${warm.value.roles.length}.`);
  const times = Array.from({ length: PARSE_RUNS }, () => {
    const start = performance.now();
    loadContent(dir);
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

let running: ChildProcess | undefined;
let snapshot: Map<string, string> | undefined;

async function build(n: number, contentDir: string): Promise<{ buildS: number; pages: number }> {
  const distDir = `bench-tmp/next-${n}`;
  // STATIC_EXPORT would switch to the export branch, whose distDir is the team's out/.
  const { STATIC_EXPORT: _ignored, ...env } = process.env;
  const start = performance.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    running = spawn("npx", ["next", "build"], {
      cwd: ROOT,
      env: { ...env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const stream of [running.stdout, running.stderr]) stream?.on("data", (d: Buffer) => output.push(d.toString()));
    running.on("error", reject);
    running.on("close", resolve);
  }).finally(() => {
    running = undefined;
    restoreNextWrites();
  });
  const buildS = (performance.now() - start) / 1000;
  if (code !== 0) {
    const tail = output.join("").trimEnd().split("\n").slice(-30).join("\n");
    throw new BenchFailure(`next build failed for N=${n} (exit ${code}). Last 30 lines:\n${tail}`);
  }
  const pages = fs.readdirSync(path.join(ROOT, distDir, "server", "app"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  return { buildS, pages: pages.length };
}

function snapshotNextWrites(): Map<string, string> {
  const texts = new Map(NEXT_WRITES.map((f) => [f, fs.readFileSync(path.join(ROOT, f), "utf8")]));
  for (const [file, text] of texts)
    if (text.includes("bench-tmp/")) throw new BenchFailure(`${file} still points at bench-tmp/ from an interrupted run; restore it before benchmarking.`);
  return texts;
}

/** True when the only change Next made to tsconfig.json is adding bench-tmp/ include globs, so putting back the old text loses nothing. */
function onlyOurIncludes(before: string, now: string): boolean {
  try {
    const after = JSON.parse(now) as { include?: string[] };
    const include = after.include?.filter((p) => !p.startsWith("bench-tmp/"));
    return JSON.stringify({ ...after, include }) === JSON.stringify(JSON.parse(before));
  } catch {
    return false;
  }
}

function restoreNextWrites(): void {
  for (const [file, before] of snapshot ?? []) {
    const full = path.join(ROOT, file);
    const now = fs.readFileSync(full, "utf8");
    if (now === before || !now.includes("bench-tmp/")) continue;
    if (file === "tsconfig.json" && !onlyOurIncludes(before, now)) {
      console.warn(`WARNING: ${file} was also changed by someone else during the build; remove its "bench-tmp/..." include entries by hand.`);
      continue;
    }
    fs.writeFileSync(full, before);
  }
}

function growth(label: string, a: { n: number; v: number }, b: { n: number; v: number }): string {
  const nRatio = b.n / a.n;
  const tRatio = b.v / a.v;
  const exponent = Math.log(tRatio) / Math.log(nRatio);
  const kind = exponent < 0.85 ? "sub-linear" : exponent > 1.15 ? "super-linear" : "≈ linear";
  return `${label} ${a.n} -> ${b.n}: ${nRatio.toFixed(0)}x roles -> ${tRatio.toFixed(1)}x time (${kind}, exponent ${exponent.toFixed(2)})`;
}

function report(rows: Row[]): void {
  const cells = [["N", "parse median (ms)", "per role (ms)", "build (s)", "pages"]];
  for (const r of rows)
    cells.push([String(r.n), r.parseMs.toFixed(1), (r.parseMs / r.n).toFixed(3), r.buildS?.toFixed(1) ?? "skipped", r.pages?.toString() ?? "-"]);
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  console.log(`\n${cells.map((row) => row.map((v, c) => v.padStart(widths[c]!)).join(" | ")).join("\n")}\n`);
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    console.log(growth("parse", { n: a.n, v: a.parseMs }, { n: b.n, v: b.parseMs }));
    if (a.buildS && b.buildS) console.log(growth("build", { n: a.n, v: a.buildS }, { n: b.n, v: b.buildS }));
  }
}

async function main(): Promise<Row[]> {
  snapshot = snapshotNextWrites();
  // Wall-clock timings are only comparable on an otherwise idle machine, so say how busy it was.
  console.log(`Load average ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores at start.`);
  const rows: Row[] = [];
  for (const n of SIZES) {
    rows.push({ n, parseMs: parseMedianMs(generate(n), n) });
    console.log(`parsed N=${n}: median of ${PARSE_RUNS} runs after 1 warm-up`);
  }
  const rule = `1500-role build runs if BENCH_BUILD_1500=1, or if the 150-role build took < ${FAST_BUILD_S} s and a linear projection is <= ${MAX_PROJECTED_S} s`;
  console.log(`Rule: ${rule}.`);
  for (const row of rows) {
    if (row.n === 1500) {
      const [small, mid] = [rows[0]!.buildS!, rows[1]!.buildS!];
      const projected = mid + ((mid - small) * (1500 - 150)) / (150 - 15);
      const run = process.env.BENCH_BUILD_1500 === "1" || (mid < FAST_BUILD_S && projected <= MAX_PROJECTED_S);
      console.log(`1500-role build: ${run ? "running" : "skipped"} (150-role build ${mid.toFixed(1)} s, projected 1500 ${projected.toFixed(0)} s).`);
      if (!run) continue;
    }
    console.log(`building N=${row.n}…`);
    Object.assign(row, await build(row.n, path.join(TMP, `roles-${row.n}`)));
  }
  return rows;
}

function cleanUp(): void {
  running?.kill();
  restoreNextWrites();
  for (const n of SIZES) for (const d of [`roles-${n}`, `next-${n}`]) fs.rmSync(path.join(TMP, d), { recursive: true, force: true });
  if (fs.existsSync(TMP) && fs.readdirSync(TMP).length === 0) fs.rmdirSync(TMP);
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
