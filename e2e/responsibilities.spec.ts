import { type Page, expect, test } from "@playwright/test";
import { model, OUR_CONTENT, OUR_CONTENT_ONLY } from "./content";

test.skip(!OUR_CONTENT, OUR_CONTENT_ONLY);

const m = model();

test.describe("the responsibility matrix", () => {
  test("shows every role against every area, and a letter leads to the responsibilities behind it", async ({ page }) => {
    await page.goto("/responsibilities");
    const table = page.getByRole("table", { name: "Each role's level in each area of work" });
    for (const area of m.areas) await expect(table.locator("thead").getByRole("columnheader", { name: area.label, exact: true })).toBeVisible();
    for (const role of m.roles) await expect(table.getByRole("rowheader", { name: role.title, exact: true })).toBeVisible();
    await table.getByRole("link", { name: "Accountable, sources differ: Product Owner, Ordering the product backlog" }).click();
    await expect(page).toHaveURL(/\/responsibilities\/product-backlog#role-product-owner$/);
    const entry = page.locator("#role-product-owner");
    await expect(entry).toBeInViewport();
    await entry.getByRole("link", { name: "Backlog management" }).click();
    await expect(page).toHaveURL(/\/roles\/product-owner#backlog-management$/);
  });

  test("groups roles by family, and a family can be jumped to", async ({ page }) => {
    await page.goto("/responsibilities");
    await page
      .getByRole("navigation", { name: "Jump to a family of roles" })
      .getByRole("link", { name: /^Clients and stakeholders/ })
      .click();
    await expect(page).toHaveURL(/#matrix-family-stakeholders$/);
    await expect(page.locator("#matrix-family-stakeholders")).toBeInViewport();
  });

  test("marks where sources differ, and the note is on the area page with its sources", async ({ page }) => {
    await page.goto("/responsibilities/product-backlog");
    await expect(page.getByRole("heading", { level: 1, name: "Ordering the product backlog" })).toBeVisible();
    const differ = page.locator("#sources-differ");
    await expect(differ).toBeVisible();
    await expect(page.getByText("The Scrum Guide (2020)").first()).toBeVisible();
    const teams = page.getByRole("table", { name: /Who answers for ordering the product backlog in each team shape/ });
    await expect(teams.getByRole("row", { name: /Scrum team/ })).toContainText("Product Owner");
    await expect(teams.getByRole("row", { name: /Service team/ })).toContainText("Product Manager");
  });

  test("an area page is the ruling: one answer per team shape, each quoting a source a reader can open", async ({ page }) => {
    await page.goto("/responsibilities/client-relationship");
    const teams = page.getByRole("table", { name: /Who answers for the client relationship in each team shape/ });
    await expect(teams.getByRole("row", { name: /Scrum team/ })).toContainText("Outside this team");
    await page.goto("/responsibilities/product-backlog#in-scrum-team");
    const row = page.locator("#in-scrum-team");
    await expect(row).toContainText("Product Owner");
    await expect(row.locator("q")).toContainText("accountable for effective Product Backlog management");
    await expect(row.getByRole("link", { name: "The Scrum Guide (2020)" })).toHaveAttribute("href", "https://scrumguides.org/scrum-guide.html");
  });
});

test.describe("team shapes", () => {
  test("a team shape's page shows its roles, its matrix, its gaps with advice, and its overlaps", async ({ page }) => {
    await page.goto("/teams/scrum-team");
    await expect(page.getByRole("heading", { level: 1, name: "Scrum team" })).toBeVisible();
    const matrix = page.getByRole("table", { name: /Scrum team: each role's level/ });
    await expect(matrix.getByRole("columnheader", { name: "Scrum Master" })).toBeVisible();
    await expect(matrix.getByRole("row", { name: /Removing impediments/ })).toContainText("Accountable: Scrum Master");
    await expect(matrix.getByRole("row", { name: /Removing impediments/ }).getByRole("link", { name: "The ruling and its source" })).toHaveAttribute(
      "href",
      "/responsibilities/impediments#in-scrum-team",
    );
    // Outside the team is not a gap: an in-house Scrum team has no client to look after.
    const gaps = page.locator("section", { has: page.locator("#gaps") });
    await expect(gaps).not.toContainText("The client relationship");
    await expect(page.locator("section", { has: page.locator("#outside") })).toContainText("The client relationship");
  });

  test("every team shape is listed, with its roles", async ({ page }) => {
    await page.goto("/teams");
    for (const t of m.teams) await expect(page.getByRole("link", { name: t.title, exact: true })).toBeVisible();
  });
});

test.describe("your team", () => {
  // What a reader sees in the Status cell: the rendered text, not the statuses CSS keeps hidden.
  const status = (page: Page, area: string) => expect.poll(() => page.locator(`#yt-area-${area} td[data-role="Status"]`).innerText());

  test("works without JavaScript: ticking roles shows who covers each area, the gaps and the overlaps", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/teams/yours");
    await status(page, "product-backlog").toMatch(/^Gap\./);
    // An area that team shapes put outside the team is not called a gap.
    await status(page, "business-case").toMatch(/^Not in your team\./);
    await page.getByLabel("Product Owner", { exact: true }).check();
    await status(page, "product-backlog").toBe("Covered");
    await expect(page.locator("#yt-area-product-backlog")).toContainText("Product Owner");
    await page.getByLabel("Product Manager", { exact: true }).check();
    await status(page, "product-backlog").toMatch(/^Two accountable\./);
    await status(page, "design").toMatch(/^Gap\./);
    await page.getByLabel("Product Designer", { exact: true }).check();
    await status(page, "design").toBe("Covered");
    // The server puts the team in the address and ticks the boxes again, so the link can be shared.
    await page.getByRole("button", { name: "Make a link to this team" }).click();
    await expect(page).toHaveURL(/\/teams\/yours\?role=product-manager&role=product-owner&role=product-designer$/);
    await expect(page.getByLabel("Product Designer", { exact: true })).toBeChecked();
    await status(page, "product-backlog").toMatch(/^Two accountable\./);
    await context.close();
  });

  test("a role that a team shape makes accountable covers an area no role's own page claims", async ({ page }) => {
    await page.goto("/teams/yours?role=product-manager");
    await status(page, "stakeholder-engagement").toMatch(/^Covered if the Product Manager answers for it/);
  });

  test("keeps the team in the address, so a link shows a teammate the same team", async ({ page }) => {
    await page.goto("/teams/yours?role=product-owner&role=scrum-master");
    await expect(page.getByLabel("Product Owner", { exact: true })).toBeChecked();
    await expect(page.getByLabel("Scrum Master", { exact: true })).toBeChecked();
    await status(page, "impediments").toBe("Covered");
    await page.getByLabel("Product Developer", { exact: true }).check();
    // Exactly the Scrum team's roles: the page points to that shape, which settles its overlaps.
    await expect(page.locator("#yt-shape-scrum-team")).toBeVisible();
    await expect(page.locator("#yt-shape-scrum-team").getByRole("link", { name: "scrum team" })).toHaveAttribute("href", "/teams/scrum-team");
    await page.getByLabel("Product Manager", { exact: true }).check();
    await expect(page).toHaveURL(/role=product-manager/);
    await expect(page.getByRole("link", { name: "Link to this team" })).toHaveAttribute("href", /role=product-manager/);
    // The address follows the boxes, so the no-JavaScript button is not needed.
    await expect(page.getByRole("button", { name: "Make a link to this team" })).toBeHidden();
  });
});

test.describe("role and comparison pages", () => {
  test("each responsibility shows its level and links to who else works in its area", async ({ page }) => {
    await page.goto("/roles/product-owner");
    const item = page.locator("#backlog-management");
    await expect(item).toContainText("Ordering the product backlog");
    await item.getByRole("link", { name: "Ordering the product backlog" }).click();
    await expect(page).toHaveURL(/\/responsibilities\/product-backlog$/);
  });

  test("the product manager's page names the team shape of every letter that differs, linking to the ruling", async ({ page }) => {
    await page.goto("/roles/product-manager");
    const shapes = page.locator("section", { has: page.locator("#in-team-shapes") });
    await expect(shapes).toContainText("Product manager and product owner");
    await expect(shapes.getByRole("link", { name: "Ordering the product backlog", exact: true })).toHaveAttribute(
      "href",
      "/responsibilities/product-backlog#in-product-manager-and-product-owner",
    );
    const item = page.locator("#backlog-prioritisation");
    await expect(item).toContainText("C in Product manager and product owner");
  });

  test("a comparison shows both roles' levels by area and who is accountable in each team shape", async ({ page }) => {
    await page.goto("/compare/product-manager-vs-product-owner");
    const table = page.getByRole("table", { name: "Product Manager and Product Owner: levels by area of work" });
    const backlog = table.getByRole("row", { name: /Ordering the product backlog/ });
    await expect(backlog).toContainText("Product Owner");
    await expect(table.getByRole("columnheader", { name: /Accountable in: Product manager and product owner/ })).toBeVisible();
  });
});
