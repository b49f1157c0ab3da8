import { expect, test } from "@playwright/test";
import { model, OUR_CONTENT, OUR_CONTENT_ONLY } from "./content";

test.skip(!OUR_CONTENT, OUR_CONTENT_ONLY);

const { comparisons } = model();

for (const c of comparisons) {
  test(`the curated ${c.title} page shows every row of the comparison`, async ({ page }) => {
    await page.goto(`/compare/${c.roles[0]}-vs-${c.roles[1]}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const section of c.sections) {
      await expect(page.locator(`h2#${section.id}`)).toBeVisible();
      for (const row of section.rows) {
        await expect(page.locator(`tr#${row.id} th[scope="row"]`)).toContainText(row.label);
      }
    }
  });
}

test("Product Manager vs Product Owner has every dimension, Scrum event and artefact", async ({ page }) => {
  await page.goto("/compare/product-manager-vs-product-owner");
  const rows = [
    "Focus",
    "Scope",
    "Responsibility",
    "Communication",
    "Sprint planning",
    "Daily stand-up",
    "Sprint review",
    "Sprint retrospective",
    "Backlog refinement",
    "Product backlog",
    "Sprint backlog",
    "Increment",
    "Product vision and roadmap",
  ];
  for (const label of rows)
    await expect(
      page
        .locator("main table")
        .getByRole("rowheader", { name: new RegExp(`^${label}`) })
        .first(),
    ).toBeVisible();
  await expect(page.getByText(/product owner may take on the product manager's responsibilities/i)).toBeVisible();
  await expect(page.locator("h2#in-short + div")).toContainText(/tactical/);
  await expect(page.locator("h2#in-short + div")).toContainText(/strategic/);
  await expect(page.locator("thead").first()).toContainText(/Product Manager\s*Product Owner/);
});

test("Product Manager vs Delivery Manager keeps the point about healthy tension", async ({ page }) => {
  await page.goto("/compare/product-manager-vs-delivery-manager");
  await expect(page.getByText(/healthy tension/).first()).toBeVisible();
  await expect(page.locator("main table").first()).toContainText("budget, contractors");
});

test("the reversed URL shows the same comparison with the columns swapped", async ({ page }) => {
  await page.goto("/compare/product-owner-vs-product-manager");
  await expect(page.locator("thead").first()).toContainText(/Product Owner\s*Product Manager/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/compare\/product-manager-vs-product-owner$/);
});

test("any two roles can be compared, not only curated or related ones", async ({ page }) => {
  const res = await page.goto("/compare/sponsor-vs-product-developer");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sponsor vs Product Developer");
  for (const label of ["Focus", "Scope", "Responsibility", "Communication"])
    await expect(page.getByRole("rowheader", { name: new RegExp(`^${label}`) })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Only Sponsor/ }).first()).toBeVisible();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Sponsor vs Product Developer | Team Roles");
});

test("a comparison row can be linked to", async ({ page }) => {
  await page.goto("/compare/product-manager-vs-product-owner#scrum-sprint-review");
  await expect(page.locator("tr#scrum-sprint-review")).toBeInViewport();
});

test("an unknown role in a comparison URL gets a 404 with suggestions", async ({ page }) => {
  const res = await page.goto("/compare/product-manager-vs-product-ownr");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Did you mean" })).toBeVisible();
});

test("the picker leads to the comparison with JavaScript, by keyboard", async ({ page }) => {
  await page.goto("/compare");
  await page.getByLabel("First role").selectOption("scrum-master");
  await page.getByLabel("Second role").selectOption("delivery-manager");
  await page.getByLabel("Second role").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Compare" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/compare\/scrum-master-vs-delivery-manager$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scrum Master vs Delivery Manager");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the picker still leads to the comparison", async ({ page }) => {
    await page.goto("/compare");
    await page.getByLabel("First role").selectOption("product-designer");
    await page.getByLabel("Second role").selectOption("product-developer");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\/compare\/product-designer-vs-product-developer$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Product Designer vs Product Developer");
  });
});

test("the picker refuses the same role twice", async ({ page }) => {
  await page.goto("/compare");
  await page.getByLabel("First role").selectOption("sponsor");
  await page.getByLabel("Second role").selectOption("sponsor");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.locator("#pick-error")).toHaveText("Choose two different roles.");
  await expect(page).toHaveURL(/\/compare$/);
});

test("/compare lists every related pair, whichever role names the other", async ({ page }) => {
  await page.goto("/compare");
  const pairs = page.locator("section", { has: page.locator("h2#all-pairs") });
  // Only the sponsor's file lists the product manager as related.
  await expect(pairs.getByRole("link", { name: "Sponsor vs Product Manager" })).toHaveAttribute("href", "/compare/sponsor-vs-product-manager");
});

test("a profile links to its comparisons", async ({ page }) => {
  await page.goto("/roles/delivery-manager");
  await page
    .locator("section", { has: page.locator("h2#compare") })
    .getByRole("link", { name: "Product Manager vs Delivery Manager" })
    .click();
  await expect(page).toHaveURL(/\/compare\/product-manager-vs-delivery-manager$/);
});

test("the who-does-what matrix has a row per Scrum event and a column per role taking part", async ({ page }) => {
  await page.goto("/compare/who-does-what");
  const events = page.getByRole("table", { name: "Each role's part in each Scrum event" });
  for (const label of ["Sprint planning", "Daily stand-up", "Sprint review", "Sprint retrospective", "Backlog refinement"]) {
    await expect(events.getByRole("rowheader", { name: new RegExp(`^${label}`) })).toBeVisible();
  }
  for (const role of ["Product Owner", "Product Manager", "Scrum Master", "Product Developer"]) {
    await expect(events.getByRole("columnheader", { name: role })).toBeVisible();
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("comparison rows stack so both roles can be read without scrolling sideways", async ({ page }) => {
    await page.goto("/compare/product-manager-vs-product-owner#scrum-sprint-planning");
    const row = page.locator("tr#scrum-sprint-planning");
    const cells = row.locator("td");
    await expect(cells).toHaveCount(2);
    for (const [i, role] of ["Product Manager", "Product Owner"].entries()) {
      await expect(cells.nth(i)).toHaveAttribute("data-role", role);
      await expect(cells.nth(i)).toBeInViewport();
    }
    const overflow = await page.evaluate(() => [...document.querySelectorAll("main [role=region]")].some((el) => el.scrollWidth > el.clientWidth + 1));
    expect(overflow).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
