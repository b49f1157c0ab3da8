import { type Page, expect, test } from "@playwright/test";
import { selfCheck } from "../lib/model/ladder";
import { SELF_CHECK_PARAM, selfCheckUrl } from "../lib/site/routes";
import { model } from "./content";

const site = model();
const ladder = site.ladders[0];
test.skip(!ladder, "this site has no career ladder");
const rung = ladder?.rungs[0] ?? "";
const check = ladder ? selfCheck(site, ladder, rung) : undefined;
const items = check?.groups.flatMap((g) => g.items) ?? [];
const first = items[0]!;
const last = items.at(-1)!;
const address = ladder ? selfCheckUrl(ladder.slug, rung) : "";

const left = (page: Page) => page.getByRole("region", { name: "What is left to talk about" });
const done = (page: Page) => page.getByRole("region", { name: "What you already do" });
const line = (list: ReturnType<typeof left>, title: string) => list.getByRole("listitem").filter({ hasText: title }).first();

test.describe("where am I? on a rung", () => {
  test("works without JavaScript: a tick moves the line from what is left to what you already do, and a link keeps the ticks", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(address);
    await expect(line(left(page), first.title)).toBeVisible();
    await expect(done(page)).toContainText("Nothing ticked yet.");
    await page.getByLabel(first.title, { exact: true }).first().check();
    await expect(line(left(page), first.title)).toBeHidden();
    await expect(line(done(page), first.title)).toBeVisible();
    await expect(line(left(page), last.title)).toBeVisible();
    // The server ticks the boxes the address names, so the link works for a manager without JavaScript too.
    await page.getByRole("button", { name: "Make a link to these ticks" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?${SELF_CHECK_PARAM}=${first.value}$`));
    await expect(page.getByLabel(first.title, { exact: true }).first()).toBeChecked();
    await expect(line(left(page), first.title)).toBeHidden();
    await context.close();
  });

  test("keeps the ticks in the address as they change, and a shared link ticks them", async ({ page }) => {
    await page.goto(`${address}?${SELF_CHECK_PARAM}=${last.value}`);
    await expect(page.getByLabel(last.title, { exact: true }).first()).toBeChecked();
    await expect(line(left(page), last.title)).toBeHidden();
    await page.getByLabel(first.title, { exact: true }).first().check();
    await expect(page).toHaveURL(new RegExp(`${SELF_CHECK_PARAM}=${first.value}`));
    await expect(page.getByRole("link", { name: "Link to these ticks" })).toHaveAttribute("href", new RegExp(`${SELF_CHECK_PARAM}=${last.value}`));
    await expect(page.getByRole("button", { name: "Make a link to these ticks" })).toBeHidden();
  });

  test("says it is a conversation aid, and shows no score, percentage or completion", async ({ page }) => {
    await page.goto(address);
    await expect(page.locator("main")).toContainText("no score, no percentage and nothing to complete");
    for (const box of await page.locator(`input[name="${SELF_CHECK_PARAM}"]`).all()) await box.check();
    await expect(left(page)).toContainText("Nothing: you ticked everything here.");
    await expect(page.locator("main")).not.toContainText(/\d\s*%|\d+ (of|out of) \d+ (ticked|done)/);
    await expect(page.locator("progress, meter")).toHaveCount(0);
  });

  test("prints the two lists for a one-to-one, without the form", async ({ page }) => {
    await page.goto(`${address}?${SELF_CHECK_PARAM}=${first.value}`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#self-check-form")).toBeHidden();
    await expect(line(done(page), first.title)).toBeVisible();
    await expect(line(left(page), last.title)).toBeVisible();
  });
});
