import { expect, test } from "@playwright/test";
import { model, OUR_CONTENT, OUR_CONTENT_ONLY } from "./content";

test.skip(!OUR_CONTENT, OUR_CONTENT_ONLY);

const { roles } = model();

test("the home page links every role", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who does what in a product team");
  for (const role of roles) {
    await expect(page.locator(`main a[href="/roles/${role.slug}"]`).first()).toBeVisible();
  }
});

test("the roles index groups every role by family", async ({ page }) => {
  await page.goto("/roles");
  await expect(page.getByRole("heading", { level: 2, name: "Product management" })).toBeVisible();
  await expect(page.locator("main li a[href^='/roles/']")).toHaveCount(roles.length);
});

for (const role of roles) {
  test(`the ${role.title} profile shows its title and every responsibility`, async ({ page }) => {
    await page.goto(`/roles/${role.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(role.title);
    await expect(page).toHaveTitle(`${role.title} | Team Roles`);
    const section = page.locator("section", { has: page.locator("h2#responsibilities") });
    for (const r of role.responsibilities) {
      await expect(section.locator(`li#${r.id}`)).toContainText(r.title);
    }
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", role.summary);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", `${role.title} | Team Roles`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/roles/${role.slug}$`));
  });
}

test("a deep link to one responsibility lands on it and highlights it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto("/roles/product-owner#backlog-management");
  const item = page.locator("li#backlog-management");
  await expect(item).toBeInViewport();
  const bg = await item.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe("rgba(0, 0, 0, 0)");
  const other = await page.locator("li#customer-advocate").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(other).toBe("rgba(0, 0, 0, 0)");
});

test("the profile links the roles it works with and its related roles", async ({ page }) => {
  await page.goto("/roles/product-owner");
  await page.locator("#works-with").scrollIntoViewIfNeeded();
  await page
    .locator("section", { has: page.locator("h2#works-with") })
    .getByRole("link", { name: "Scrum Master" })
    .click();
  await expect(page).toHaveURL(/\/roles\/scrum-master$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scrum Master");
});

test("a senior role shows what it includes from the role it builds on", async ({ page }) => {
  await page.goto("/roles/senior-product-manager");
  await expect(page.getByText("Included from Product Manager")).toBeVisible();
});

test("an unknown role gets a 404 that suggests the closest role", async ({ page }) => {
  const res = await page.goto("/roles/product-ownr");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("heading", { name: "Did you mean" })).toBeVisible();
  await expect(
    page.locator("section", { has: page.getByRole("heading", { name: "Did you mean" }) }).getByRole("link", { name: "Product Owner" }),
  ).toHaveAttribute("href", "/roles/product-owner");
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/roles/product-owner");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("security headers are set", async ({ request }) => {
  const res = await request.get("/roles/product-owner");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
});

test("an alias address leads to the role", async ({ page, request }) => {
  const res = await request.get("/roles/po", { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers()["location"]).toBe("/roles/product-owner");
  await page.goto("/roles/director-of-product");
  await expect(page).toHaveURL(/\/roles\/head-of-product$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Head of Product");
});
