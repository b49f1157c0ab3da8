import { expect, test } from "@playwright/test";
import { axeViolations } from "./checks";

const pages = [
  "/",
  "/roles",
  "/roles/product-owner",
  "/roles/senior-product-manager",
  "/roles/does-not-exist",
  "/compare",
  "/compare/product-manager-vs-product-owner",
  "/compare/sponsor-vs-scrum-master",
  "/compare/who-does-what",
  "/ladders",
  "/ladders/product-management",
  "/search?q=backlog",
  "/responsibilities",
  "/responsibilities/product-backlog",
  "/teams",
  "/teams/scrum-team",
  "/teams/yours?role=product-owner&role=product-manager",
];

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        // Open the search suggestions too, so the combobox's popup is checked.
        // Open a matrix cell, so the words behind a letter are checked too.
        if (path === "/responsibilities") await page.locator("details.raci summary").first().click();
        if (path === "/") {
          await page.getByRole("banner").getByLabel("Search roles and responsibilities").fill("product");
          await expect(page.getByRole("option").first()).toBeVisible();
        }
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test("headings on a profile go down one level at a time", async ({ page }) => {
  await page.goto("/roles/product-manager");
  const levels = await page.locator("main h1, main h2, main h3, main h4").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of [
    "/roles/product-manager",
    "/compare/product-manager-vs-product-owner",
    "/compare/who-does-what",
    "/ladders/product-management",
    "/responsibilities",
    "/teams/service-team",
    "/teams/yours",
  ]) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
