import { gzipSync } from "node:zlib";
import { type Page, expect, test } from "@playwright/test";
import { OUR_CONTENT, OUR_CONTENT_ONLY } from "./content";

test.skip(!OUR_CONTENT, OUR_CONTENT_ONLY);

/*
 * Byte budgets, gzipped, for everything a page loads before anyone interacts with it. Pages
 * ship no framework (see static-pages.spec.ts), so JavaScript is only our islands.
 */
const KB = 1024;
// Measured on 2026-11-23 (KB gzipped): HTML home 3.6, comparison 10.3, ladder 5.5; the Product Manager
// profile, the longest role, 14.5 in all (HTML 9.5, CSS 4.7, JS 0.2: the search box's loader).
const BUDGETS = {
  profileTotal: 15 * KB,
  css: 6 * KB,
  /** "Your team" adds its coverage rule as a stylesheet, which grows with the roles (components/your-team-css.ts). */
  yourTeamCss: 7 * KB,
  /** "What if" carries its rule as a stylesheet too (components/what-if-css.ts), which grows with the roles and areas. */
  whatIfCss: 9 * KB,
  html: { home: 5 * KB, profile: 10 * KB, comparison: 11 * KB, ladder: 7 * KB, matrix: 10 * KB, selfCheck: 7 * KB, yourTeam: 9 * KB, whatIf: 7 * KB },
  /** The islands a page loads at once: each is at most 3 KB (tests/island-bundles.test.ts). */
  js: 3 * KB,
};

const gz = (body: Buffer) => gzipSync(body, { level: 9 }).length;

async function measure(page: Page, url: string) {
  const sizes = { html: 0, css: 0, js: 0, requests: [] as string[] };
  // Each body is read after its response arrives; on a busy machine a read can still be under way when
  // the network goes idle, so every read is awaited before the sizes are used (a page once measured 0 KB).
  const reads: Promise<void>[] = [];
  page.on("response", (res) => {
    sizes.requests.push(new URL(res.url()).pathname);
    const type = res.request().resourceType();
    if (!["document", "stylesheet", "script"].includes(type)) return;
    reads.push(
      res.body().then((body) => {
        const n = gz(body);
        if (type === "document") sizes.html += n;
        else if (type === "stylesheet") sizes.css += n;
        else sizes.js += n;
      }),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(reads);
  return sizes;
}

const pages: Record<keyof typeof BUDGETS.html, string> = {
  home: "/",
  profile: "/roles/product-manager",
  comparison: "/compare/product-manager-vs-product-owner",
  ladder: "/ladders/product-management",
  // Grows with every role: its letters link to the area pages rather than list each responsibility.
  matrix: "/responsibilities",
  selfCheck: "/ladders/product-management/product-manager",
  yourTeam: "/teams/yours",
  whatIf: "/teams/yours/what-if",
};

const rows: string[] = [];
for (const [name, url] of Object.entries(pages) as [keyof typeof pages, string][]) {
  test(`${name} page stays within its byte budgets`, async ({ page }) => {
    const s = await measure(page, url);
    const total = s.html + s.css + s.js;
    const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
    rows.push(`${name.padEnd(10)} html ${kb(s.html)}  css ${kb(s.css)}  js ${kb(s.js)}  total ${kb(total)}`);
    expect(s.html, "the page was measured").toBeGreaterThan(1 * KB);
    expect(s.css, "the stylesheet was measured").toBeGreaterThan(1 * KB);
    expect(s.html).toBeLessThanOrEqual(BUDGETS.html[name]);
    expect(s.css).toBeLessThanOrEqual(name === "yourTeam" ? BUDGETS.yourTeamCss : name === "whatIf" ? BUDGETS.whatIfCss : BUDGETS.css);
    expect(s.js).toBeLessThanOrEqual(BUDGETS.js);
    // Every page within the longest profile's total, but the curated comparison, whose budget is its HTML's.
    if (name !== "comparison") expect(total).toBeLessThanOrEqual(BUDGETS.profileTotal);
    // No framework runtime, and search costs nothing until it is used.
    expect(s.requests.filter((r) => r.startsWith("/_next/") && r.endsWith(".js"))).toEqual([]);
    expect(s.requests).not.toContain("/search-index.json");
    expect(s.requests.filter((r) => r.startsWith("/islands/chunks/"))).toEqual([]);
  });
}

test.afterAll(() => {
  if (rows.length) console.log(`\nByte budgets (gzipped):\n${rows.join("\n")}\n`);
});
