import { expect, test } from "@playwright/test";
import { OUR_CONTENT, OUR_CONTENT_ONLY } from "./content";

test.skip(!OUR_CONTENT, OUR_CONTENT_ONLY);

test("search works by keyboard alone: type an abbreviation, arrow to a result, Enter", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("banner").getByLabel("Search roles and responsibilities");
  // Skip link, site name, five navigation links, then the search box.
  for (let i = 0; i < 8; i++) await page.keyboard.press("Tab");
  await expect(box).toBeFocused();
  await page.keyboard.type("DM");
  // The combobox loads on focus: the plain text box becomes one.
  await expect(page.getByRole("combobox", { name: "Search roles and responsibilities" })).toBeFocused();
  const list = page.getByRole("listbox", { name: "Search suggestions" });
  await expect(list.getByRole("option").first()).toContainText("Delivery Manager");
  await page.keyboard.press("ArrowDown");
  await expect(list.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/roles\/delivery-manager$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delivery Manager");
});

test("Escape closes the suggestions, and Enter without a choice opens the results page", async ({ page }) => {
  await page.goto("/roles");
  const box = page.getByRole("banner").getByLabel("Search roles and responsibilities");
  await box.fill("GPM");
  await expect(page.getByRole("option").first()).toContainText("Group Product Manager");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox", { name: "Search suggestions" })).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=GPM$/);
  await expect(page.locator("main").getByRole("link", { name: "Group Product Manager" })).toBeVisible();
});

test("a responsibility result links to its anchor on the role page", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("banner").getByLabel("Search roles and responsibilities");
  await box.fill("acceptance testing");
  const option = page.getByRole("option", { name: /Acceptance testing.*Product Owner/ });
  await option.click();
  await expect(page).toHaveURL(/\/roles\/product-owner#acceptance-testing$/);
  await expect(page.locator("li#acceptance-testing")).toBeInViewport();
});

for (const [q, title] of [
  ["PO", "Product Owner"],
  ["APM", "Associate Product Manager"],
  ["VP", "Chief Product Officer"],
] as const) {
  test(`searching ${q} finds the ${title} first`, async ({ page }) => {
    await page.goto(`/search?q=${q}`);
    await expect(page.locator("main ol > li").first().getByRole("link")).toHaveText(title);
  });
}

test("a question typed in the header's box suggests the page that answers it first", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByLabel("Search roles and responsibilities").fill("who owns the backlog");
  const first = page.getByRole("listbox", { name: "Search suggestions" }).getByRole("option").first();
  await expect(first).toContainText("Ordering the product backlog");
  await expect(first).toContainText("Area of work");
});

test("the search code and index load only once search is used", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto("/roles/product-owner", { waitUntil: "networkidle" });
  expect(requested).not.toContain("/search-index.json");
  await page.getByRole("banner").getByLabel("Search roles and responsibilities").focus();
  await expect.poll(() => requested.includes("/search-index.json")).toBe(true);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header search box is a plain form that shows results", async ({ page }) => {
    await page.goto("/");
    // Without the island it is a plain text box, not a combobox with nothing to expand.
    await page.getByRole("textbox", { name: "Search roles and responsibilities" }).fill("scrum master");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=scrum\+master$/);
    await expect(page.locator("main ol > li").first().getByRole("link")).toHaveText("Scrum Master");
  });
  test("a question brings up the area that rules on it, with its ruling", async ({ page }) => {
    await page.goto("/search?q=who+owns+the+backlog");
    const first = page.locator("main ol > li").first();
    await expect(first.getByRole("link")).toHaveText("Ordering the product backlog");
    await expect(first).toContainText("Who answers for it: ");
  });
});

test("asking whether one person can hold two roles opens “what if” with both chosen, and what the sources say", async ({ page }) => {
  await page.goto("/search?q=can+the+product+owner+be+the+scrum+master");
  const first = page.locator("main ol > li").first();
  await expect(first.getByRole("link")).toHaveText("One person as Product Owner and Scrum Master");
  await expect(first).toContainText("The sources warn about this combination");
  await first.getByRole("link").click();
  await expect(page).toHaveURL(/\/teams\/yours\/what-if\?role=product-owner&role=scrum-master&both=product-owner&and=scrum-master$/);
  await expect(page.locator("#pairing-product-owner-and-scrum-master")).toBeVisible();
});
