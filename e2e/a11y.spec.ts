import { expect, test } from "@playwright/test";
import { type PageKind, builtPages } from "../lib/site/built-pages";
import { HOME, SEARCH, roleUrl, whatIfUrl, yourTeamUrl } from "../lib/site/routes";
import { axeViolations } from "./checks";
import { model } from "./content";

const site = model();
const registry = builtPages(site);
const firstOf = (kind: PageKind) => registry.find((p) => p.kind === kind)?.path;
const longestRole = [...site.roles].sort((a, b) => b.responsibilities.length - a.responsibilities.length)[0]!;
// One page of every kind in the page registry, and the states a reader can put them in.
const pages = [
  ...new Set([
    ...registry.filter((p) => p.kind !== "not-found").map((p) => firstOf(p.kind)!),
    roleUrl(longestRole.slug),
    ...site.roles
      .filter((r) => r.buildsOn)
      .slice(0, 1)
      .map((r) => roleUrl(r.slug)),
    // A pair no comparison file covers, and an address that is no page.
    ...registry
      .filter((p) => p.kind === "pair" && !p.inSitemap)
      .slice(0, 1)
      .map((p) => p.path),
    roleUrl("does-not-exist"),
    `${SEARCH}?q=${encodeURIComponent(site.roles[0]!.title.split(" ")[0]!)}`,
    yourTeamUrl(site.teams[0]?.roles.slice(0, 2) ?? site.roles.slice(0, 2).map((r) => r.slug)),
    // What if: a pairing's note, the person's areas and load, and the areas a leaving role leaves without an owner.
    whatIfUrl(site.teams[0]?.roles ?? [], {
      both: site.pairings[0]?.roles[0] ?? site.roles[0]?.slug,
      and: site.pairings[0]?.roles[1] ?? site.roles[1]?.slug,
      left: site.teams[0]?.roles.find((r) => !site.pairings[0]?.roles.includes(r)),
    }),
  ]),
];

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        // Open the search suggestions too, so the combobox's popup is checked.
        // Open a team shape's cell, so the words behind a letter are checked too.
        if (path === firstOf("team")) await page.locator("details.raci summary").first().click();
        if (path === HOME) {
          await page.getByRole("banner").getByLabel("Search roles and responsibilities").fill("product");
          await expect(page.getByRole("option").first()).toBeVisible();
        }
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test("headings on a profile go down one level at a time", async ({ page }) => {
  await page.goto(roleUrl(longestRole.slug));
  const levels = await page.locator("main h1, main h2, main h3, main h4").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of [
    roleUrl(longestRole.slug),
    ...registry
      .filter((p) => p.kind === "pair" && p.inSitemap)
      .slice(0, 1)
      .map((p) => p.path),
    ...(["who-does-what", "ladder", "responsibilities", "team", "your-team", "what-if"] as const).flatMap((k) => firstOf(k) ?? []),
  ]) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
