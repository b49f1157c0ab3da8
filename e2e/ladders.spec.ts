import { expect, test } from "@playwright/test";
import { model, OUR_CONTENT, OUR_CONTENT_ONLY } from "./content";

test.skip(!OUR_CONTENT, OUR_CONTENT_ONLY);

const { ladders, roles } = model();
const title = (slug: string) => roles.find((r) => r.slug === slug)!.title;

for (const ladder of ladders) {
  test(`the ${ladder.title} shows its rungs in order, each anchored and linked to its profile`, async ({ page }) => {
    await page.goto(`/ladders/${ladder.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ladder.title);
    const rungs = page.locator("main ol > li[id]");
    await expect(rungs).toHaveCount(ladder.rungs.length);
    for (const [i, slug] of ladder.rungs.entries()) {
      const rung = rungs.nth(i);
      await expect(rung).toHaveAttribute("id", slug);
      await expect(rung.getByRole("heading", { level: 2 })).toContainText(title(slug));
      await expect(rung.getByRole("link", { name: `Full profile of the ${title(slug)}` })).toHaveAttribute("href", `/roles/${slug}`);
      await expect(rung.getByRole("heading", { level: 3, name: "Why this level exists" })).toBeVisible();
    }
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/ladders/${ladder.slug}$`));
  });
}

test("the product management ladder runs from Associate Product Manager to Chief Product Officer", async ({ page }) => {
  await page.goto("/ladders/product-management");
  const ids = await page.locator("main ol > li[id]").evaluateAll((els) => els.map((e) => e.id));
  expect(ids).toEqual([
    "associate-product-manager",
    "product-manager",
    "senior-product-manager",
    "group-product-manager",
    "head-of-product",
    "chief-product-officer",
  ]);
  const senior = page.locator("li#senior-product-manager");
  await expect(senior.getByRole("heading", { name: "New compared with Product Manager" })).toBeVisible();
  await expect(senior).toContainText("Does everything a Product Manager does");
  await expect(page.locator("li#head-of-product")).toContainText("Does everything a Group Product Manager does");
});

test("a deep link to a rung lands on it", async ({ page }) => {
  await page.goto("/ladders/product-management#head-of-product");
  await expect(page.locator("li#head-of-product")).toBeInViewport();
});

test("a profile shows its place on the ladder, with the steps below and above", async ({ page }) => {
  await page.goto("/roles/senior-product-manager");
  const section = page.locator("section", { has: page.locator("h2#career-ladder") });
  await expect(section).toContainText("Step 3 of 6");
  await expect(section.getByRole("link", { name: "Product Manager", exact: true })).toHaveAttribute("href", "/roles/product-manager");
  await expect(section.getByRole("link", { name: "Group Product Manager" })).toHaveAttribute("href", "/roles/group-product-manager");
  await section.getByRole("link", { name: /career ladder/ }).click();
  await expect(page).toHaveURL(/\/ladders\/product-management#senior-product-manager$/);
});

test("the ladders index lists every ladder", async ({ page }) => {
  await page.goto("/ladders");
  for (const l of ladders) await expect(page.getByRole("link", { name: l.title })).toHaveAttribute("href", `/ladders/${l.slug}`);
});
