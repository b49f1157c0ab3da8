import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { type Page, expect, test } from "@playwright/test";

/*
 * Byte budgets, gzipped, per page type. The floor is what Next.js and React ship on every
 * App Router page (the build manifest's rootMainFiles); "ours" is everything a page loads on
 * top of it. Budgets were set from measurement with some headroom (see the closing table).
 */
const KB = 1024;
// Measured on 2026-11-23 (KB gzipped): HTML home 7.3, profile 18.4, comparison 20.1, ladder 12.3;
// CSS 8.1 everywhere; JS floor 128.8 and 9.6 above it (4.4 of that is our search box, the rest
// is Next's router and Link chunks). Budgets allow about 25% growth before a test fails.
const BUDGETS = {
  html: { home: 10 * KB, profile: 24 * KB, comparison: 26 * KB, ladder: 16 * KB },
  css: 10 * KB,
  /** JavaScript beyond the floor. */
  jsAboveFloor: 12 * KB,
};

const manifest = JSON.parse(fs.readFileSync(path.resolve(".next/build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const floorFiles = new Set(manifest.rootMainFiles.map((f) => `/_next/${f}`));
const gz = (body: Buffer) => gzipSync(body, { level: 9 }).length;

async function measure(page: Page, url: string) {
  const sizes = { html: 0, css: 0, js: 0, floor: 0, requests: [] as string[] };
  page.on("response", async (res) => {
    const u = new URL(res.url());
    sizes.requests.push(u.pathname);
    const type = res.request().resourceType();
    if (!["document", "stylesheet", "script"].includes(type)) return;
    const n = gz(await res.body());
    if (type === "document") sizes.html += n;
    else if (type === "stylesheet") sizes.css += n;
    else {
      sizes.js += n;
      if (floorFiles.has(u.pathname)) sizes.floor += n;
    }
  });
  await page.goto(url, { waitUntil: "networkidle" });
  return sizes;
}

const pages: Record<keyof typeof BUDGETS.html, string> = {
  home: "/",
  profile: "/roles/product-owner",
  comparison: "/compare/product-manager-vs-product-owner",
  ladder: "/ladders/product-management",
};

const rows: string[] = [];
for (const [name, url] of Object.entries(pages) as [keyof typeof pages, string][]) {
  test(`${name} page stays within its byte budgets`, async ({ page }) => {
    const s = await measure(page, url);
    const above = s.js - s.floor;
    rows.push(
      `${name.padEnd(10)} html ${(s.html / KB).toFixed(1)} KB  css ${(s.css / KB).toFixed(1)} KB  js ${(s.js / KB).toFixed(1)} KB (floor ${(s.floor / KB).toFixed(1)} KB, above floor ${(above / KB).toFixed(1)} KB)`,
    );
    expect(s.floor, "the floor chunks were measured").toBeGreaterThan(50 * KB);
    expect(s.html).toBeLessThanOrEqual(BUDGETS.html[name]);
    expect(s.css).toBeLessThanOrEqual(BUDGETS.css);
    expect(above).toBeLessThanOrEqual(BUDGETS.jsAboveFloor);
    // Search costs nothing until it is used.
    expect(s.requests).not.toContain("/search-index.json");
  });
}

test.afterAll(() => {
  if (rows.length) console.log(`\nByte budgets (gzipped):\n${rows.join("\n")}\n`);
});
