import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { serveExport } from "./test-server";
import { axeViolations, vnuErrors } from "./checks";
import { OUR_CONTENT, OUR_CONTENT_ONLY } from "./content";

test.skip(!OUR_CONTENT, OUR_CONTENT_ONLY);

/*
 * With the real 14 roles the build writes every pair, so the 404 page never meets a pair it has
 * to compare. Here `npm start`'s server serves a copy of out/ without any comparison page, as a
 * build above 40 roles leaves most pairs, and the 404 page's island compares the pair itself.
 * The copy is made per worker in a temporary folder; out/ is only read.
 */

const PAIR = "/compare/sponsor-vs-scrum-master";
let root: string;
let site: Awaited<ReturnType<typeof serveExport>>;
let base: string;

test.beforeAll(async () => {
  const out = path.resolve("out");
  root = fs.mkdtempSync(path.join(os.tmpdir(), "unbuilt-pairs-"));
  // Every compare/<a>-vs-<b>.html and its preview folder is left out; the rest is copied as built.
  fs.cpSync(out, root, { recursive: true, filter: (src) => !/^compare\/[^/]+-vs-[^/]+/.test(path.relative(out, src)) });
  site = await serveExport({ root });
  base = site.origin;
});

test.afterAll(async () => {
  await site.close();
  fs.rmSync(root, { recursive: true, force: true });
});

test("a pair that was not built is a 404 whose page compares the two roles", async ({ page }) => {
  expect(fs.existsSync(path.join(root, `${PAIR.slice(1)}.html`))).toBe(false);
  const res = await page.goto(`${base}${PAIR}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sponsor vs Scrum Master");
  await expect(page).toHaveTitle("Sponsor vs Scrum Master | Team Roles");
  const dims = page.getByRole("table", { name: "Sponsor and Scrum Master at a glance" });
  await expect(dims.getByRole("columnheader")).toHaveText(["Dimension", "Sponsor", "Scrum Master"]);
  await expect(dims.getByRole("rowheader")).toHaveCount(4);
  const areas = page.getByRole("table", { name: "Sponsor and Scrum Master: responsibilities by area of work" });
  const first = areas.locator("a[href^='/roles/scrum-master#']").first();
  await expect(first).toBeVisible();
  // The link opens the responsibility on the role's page.
  const href = await first.getAttribute("href");
  await page.goto(`${base}${href}`);
  await expect(page.locator(`[id="${href!.split("#")[1]}"]`)).toBeVisible();
});

test("the comparison on the 404 page has the built page's heading, links and dimensions, element for element", async ({ page }) => {
  // The heading, the links, and the Side by side section's heading and table.
  const parts = ["main h1", "main h1 ~ p.no-print", "h2#side-by-side", "section[aria-labelledby=side-by-side] [role=region]"];
  const markup = async (url: string) => {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sponsor vs Scrum Master");
    // The built rows' "Question or disagree?" links need the site file, which the 404 page's island does not have.
    const withoutFeedback = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll("p.no-print").forEach((p) => p.textContent === "Question or disagree?" && p.remove());
      return copy.outerHTML;
    };
    return Promise.all(parts.map((s) => page.locator(s).first().evaluate(withoutFeedback)));
  };
  // The full build, with the pair's page, is what playwright's own server serves.
  const built = await markup(PAIR);
  expect(await markup(`${base}${PAIR}`)).toEqual(built);
});

test("the comparison on the 404 page keeps its links and no suggestions", async ({ page }) => {
  await page.goto(`${base}${PAIR}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "Compare other roles" })).toHaveAttribute("href", "/compare");
  await expect(main.getByRole("link", { name: "Sponsor", exact: true }).first()).toHaveAttribute("href", "/roles/sponsor");
  await expect(page.getByRole("heading", { name: "Did you mean" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "All roles" })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`the comparison on the 404 page has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${base}${PAIR}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sponsor vs Scrum Master");
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the comparison on the 404 page has no axe violations", async ({ page }) => {
    await page.goto(`${base}${PAIR}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sponsor vs Scrum Master");
    expect(await axeViolations(page)).toEqual([]);
  });
});

test("the comparison on the 404 page has no HTML errors", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(`${base}${PAIR}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sponsor vs Scrum Master");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vnu-pair-"));
  try {
    const file = path.join(dir, "404-with-pair.html");
    fs.writeFileSync(file, await page.content());
    expect(vnuErrors([file], dir)).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the 404 page stays as it is, with every role to choose from", async ({ page }) => {
    const res = await page.goto(`${base}${PAIR}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Scrum Master", exact: true })).toHaveAttribute("href", "/roles/scrum-master");
  });
});
