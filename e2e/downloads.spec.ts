import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { CHANGES, CHANGES_FEED, RESPONSIBILITIES, YOUR_TEAM, teamUrl, yourTeamCsvUrl } from "../lib/site/routes";
import { model } from "./content";

/* "Download as CSV" on each page that offers it, and the changes feed, as a reader's browser gets them. */

const site = model();
const team = site.teams[0]!.roles.slice(0, 2);

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled, acceptDownloads: true });
    test("your team downloads as the same CSV `npm start` writes for the ticked roles", async ({ page, request }) => {
      const expected = await (await request.get(yourTeamCsvUrl(team))).body();
      await page.goto(YOUR_TEAM);
      for (const slug of team) await page.check(`#yt-${slug}`);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download as CSV" }).click()]);
      expect(download.suggestedFilename()).toBe("your-team.csv");
      // With JavaScript the island makes the file in the browser, so a static host offers it too.
      expect(download.url().startsWith("blob:")).toBe(javaScriptEnabled);
      expect(fs.readFileSync((await download.path())!).equals(expected)).toBe(true);
    });
  });
}

test("the matrix and a team shape link to their CSV files, served as UTF-8 CSV with a byte order mark", async ({ page, request }) => {
  for (const url of [RESPONSIBILITIES, teamUrl(site.teams[0]!.slug)]) {
    await page.goto(url);
    const href = (await page.getByRole("link", { name: "Download as CSV" }).getAttribute("href"))!;
    const res = await request.get(href);
    expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect([...(await res.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  }
});

test("the changes page links its Atom feed, and each page's last change leads to it", async ({ page, request }) => {
  await page.goto(`/roles/${site.roles[0]!.slug}`);
  await page
    .getByText(/^Last changed/)
    .locator(`a[href^="${CHANGES}#"]`)
    .click();
  await expect(page).toHaveURL(new RegExp(`${CHANGES}#`));
  await expect(page.locator(":target")).toBeVisible();
  expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href")).toMatch(new RegExp(`${CHANGES_FEED}$`));
  expect(await (await request.get(CHANGES_FEED)).text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
});
