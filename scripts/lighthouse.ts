import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium";
import { builtPages } from "../lib/site/built-pages";
import { loadContentOrExit } from "../lib/content/load";
import { pageFile } from "../lib/site/routes";
import { createSiteHandler } from "./serve";

/*
 * `npm run lighthouse`: Lighthouse mobile (its default: a mid-range phone on a throttled 4G
 * connection, simulated) on one page of every kind in the page registry (the largest of each,
 * the hardest case) of the built site, served by scripts/serve.ts as `npm start` serves it. A measurement, not a test: timings vary with the machine's load.
 * Serves on localhost:3000 by default, the address the build puts in canonical links.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3000);

const out = path.join(ROOT, "out");
if (!fs.existsSync(path.join(out, "index.html"))) {
  console.error("No site in out/. Run `npm run build` first.");
  process.exit(1);
}

const model = loadContentOrExit();
const size = (page: string) => fs.statSync(path.join(out, pageFile(page)), { throwIfNoEntry: false })?.size ?? 0;
// The 404 page answers with a 404 status, which Lighthouse's SEO audit rightly marks down on any page.
const pages = builtPages(model).filter((p) => p.kind !== "not-found");
// Each kind's largest page: the map keeps the last page of each kind, and the pages are sorted smallest first.
const PAGES = new Map(pages.sort((a, b) => size(a.path) - size(b.path)).map((p) => [p.kind, p.path]));

const server = http.createServer(createSiteHandler({ root: out }));
await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "localhost", resolve));
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS] });

const rows: string[][] = [["page", "perf", "a11y", "best pr.", "SEO", "FCP (s)", "LCP (s)", "TBT (ms)", "CLS", "bytes (KiB)"]];
let failed = false;
try {
  for (const [kind, page] of PAGES) {
    const result = await lighthouse(`http://localhost:${port}${page}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      // Search results are kept out of search engines on purpose (noindex, and robots.txt disallows them), so that one audit does not apply there.
      skipAudits: kind === "search" ? ["is-crawlable"] : [],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not run on ${page}: ${runtimeError.message}`);
    const score = (c: (typeof CATEGORIES)[number]) => Math.round((categories[c]?.score ?? 0) * 100);
    const num = (id: string) => audits[id]?.numericValue ?? NaN;
    if (CATEGORIES.some((c) => score(c) < 100) || num("total-blocking-time") > 0) failed = true;
    rows.push([
      page,
      ...CATEGORIES.map((c) => String(score(c))),
      (num("first-contentful-paint") / 1000).toFixed(2),
      (num("largest-contentful-paint") / 1000).toFixed(2),
      num("total-blocking-time").toFixed(0),
      num("cumulative-layout-shift").toFixed(3),
      (num("total-byte-weight") / 1024).toFixed(1),
    ]);
    // Say why a category is short of 100, so the table is something to act on.
    for (const c of CATEGORIES)
      for (const ref of categories[c]?.auditRefs ?? [])
        if (ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          console.log(`${page} ${c}: ${audits[ref.id]!.title} (${audits[ref.id]!.displayValue ?? audits[ref.id]!.score})`);
  }
} finally {
  chrome.kill();
  server.close();
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(`\nLighthouse mobile, ${CHROMIUM_PATH}:\n`);
console.log(rows.map((r) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join("  ")).join("\n"));
console.log(failed ? "\nShort of the goal (100 in every category, TBT 0) on at least one page." : "\nEvery page: 100 in every category, TBT 0.");
