import { type Page, expect, test } from "@playwright/test";
import { LOAD_PAIR_ID, NO_PAIRING_ID, carryId, loadRowId, loseId, pairingId } from "../components/what-if-css";
import { whatIf } from "../lib/responsibilities/what-if";
import fs from "node:fs";
import { WHAT_IF, WHAT_IF_PARAMS, YOUR_TEAM, whatIfCsvUrl, whatIfUrl } from "../lib/site/routes";
import { model } from "./content";

/*
 * "What if" for your team, with and without JavaScript: two roles held by one person, a role that
 * left, and the address that keeps both. Expectations come from lib's whatIf on the built content.
 */
const site = model();
const pairing = site.pairings.find((p) => p.warns) ?? site.pairings[0];
test.skip(!pairing, "this site has no pairings");
const [a, b] = pairing?.roles ?? ["", ""];
const areaTitle = (slug: string) => site.areas.find((x) => x.slug === slug)!.title;
// A team shape and one of its roles whose leaving leaves an area without an owner.
const leaving = site.teams
  .flatMap((t) => t.roles.map((left) => ({ team: t.roles, left, losing: whatIf(site, { ticked: t.roles, left }).losing })))
  .find((x) => x.losing.length && x.left !== a && x.left !== b);

const choose = async (page: Page, both: string, and: string) => {
  await page.getByLabel("One person is both the…").selectOption(both);
  await page.getByLabel("…and the").selectOption(and);
};

/** An element's text in Chromium's own accessibility tree, which a screen reader reads: it includes the numbers CSS counters write. */
async function axText(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { node } = await cdp.send("DOM.describeNode", { nodeId });
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const text = (id: string): string => {
    const n = byId.get(id);
    if (!n) return "";
    return n.role?.value === "StaticText" ? String(n.name?.value ?? "") : (n.childIds ?? []).map(text).join("");
  };
  const own = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
  return own ? text(own.nodeId) : "";
}

async function expectPair(page: Page) {
  const expected = whatIf(site, { ticked: [], both: a, and: b });
  for (const area of expected.carries.accountable) await expect(page.locator(`#${carryId(area, "A")}`)).toBeVisible();
  for (const area of site.areas.map((x) => x.slug).filter((s) => !expected.carries.accountable.includes(s)))
    await expect(page.locator(`#${carryId(area, "A")}`)).toBeHidden();
  const note = page.locator(`#${pairingId(a, b)}`);
  await expect(note).toBeVisible();
  for (const q of pairing!.quotes) {
    await expect(note).toContainText(q.quote);
    await expect(note.getByRole("link", { name: q.source }).first()).toHaveAttribute("href", q.url!);
  }
  await expect(page.locator(`#${NO_PAIRING_ID}`)).toBeHidden();
  // The person holding both is counted once, by the stylesheet's counters over the areas listed for them.
  const row = page.locator(`#${LOAD_PAIR_ID}`);
  await expect(row).toBeVisible();
  expect(await axText(page, `#${LOAD_PAIR_ID} .wi-na`)).toBe(String(expected.carries.accountable.length));
  expect(await axText(page, `#${LOAD_PAIR_ID} .wi-nr`)).toBe(String(expected.carries.responsible.length));
  for (const slug of [a, b]) await expect(page.locator(`#${loadRowId(slug)}`)).toBeHidden();
}

test.describe("what if, for your team", () => {
  test("without JavaScript: one person in two roles, what they carry, the cited warning and the load", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(WHAT_IF);
    await expect(page.locator(`#${pairingId(a, b)}`)).toBeHidden();
    await choose(page, a, b);
    await expectPair(page);
    // The same role twice is no pair.
    await choose(page, a, a);
    await expect(page.getByText("Choose two different roles, neither of them the one that left.")).toBeVisible();
    await expect(page.locator(`#${pairingId(a, b)}`)).toBeHidden();
    await context.close();
  });

  test("without JavaScript: a role leaves, the areas that lose their owner show, and a link restores it all", async ({ browser }) => {
    test.skip(!leaving, "no team shape loses an area when one of its roles leaves");
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(WHAT_IF);
    for (const slug of leaving!.team) await page.locator(`input[value="${slug}"]`).check();
    await page.getByLabel("This role has left:").selectOption(leaving!.left);
    // One line an area, whichever it loses.
    await expect(page.locator(".wi-l:visible")).toHaveCount(leaving!.losing.length);
    for (const l of leaving!.losing) {
      const line = page.locator(`#${loseId(l.area)}`);
      await expect(line).toBeVisible();
      const loses = l.loses === "work" ? "does the work or has the final say" : "has the final say";
      await expect(line).toHaveText(`${areaTitle(l.area)}: no one left ${loses}.`, { useInnerText: true });
    }
    await expect(page.locator(`#${loadRowId(leaving!.left)}`)).toBeHidden();
    await choose(page, a, b);
    await page.getByRole("button", { name: "Make a link to this team" }).click();
    await expect(page).toHaveURL(new RegExp(`${WHAT_IF_PARAMS.left}=${leaving!.left}`));
    // npm start ticks the boxes and chooses the options again.
    await page.reload();
    await expect(page.getByLabel("This role has left:")).toHaveValue(leaving!.left);
    await expect(page.locator(`#${loseId(leaving!.losing[0]!.area)}`)).toBeVisible();
    await expectPair(page);
    await context.close();
  });

  test("with JavaScript: a shared link chooses the options, and the address follows each change", async ({ page }) => {
    await page.goto(whatIfUrl([], { both: a, and: b }));
    await expectPair(page);
    const other = site.roles.find((r) => r.slug !== a && r.slug !== b)!.slug;
    await page.getByLabel("This role has left:").selectOption(other);
    await expect(page).toHaveURL(new RegExp(`${WHAT_IF_PARAMS.both}=${a}&${WHAT_IF_PARAMS.and}=${b}&${WHAT_IF_PARAMS.left}=${other}$`));
    await expect(page.getByRole("link", { name: "Link to this team" })).toHaveAttribute("href", new RegExp(`${WHAT_IF_PARAMS.left}=${other}`));
  });

  test("your team opens the what-if page with the same team", async ({ page }) => {
    await page.goto(YOUR_TEAM);
    const first = site.roles[0]!.slug;
    await page.locator(`input[value="${first}"]`).check();
    await page.getByRole("button", { name: "What if…" }).click();
    await expect(page).toHaveURL(new RegExp(`${whatIfUrl([first], {}).replace("?", "\\?")}$`));
    await expect(page.locator(`input[value="${first}"]`)).toBeChecked();
  });

  for (const javaScriptEnabled of [false, true]) {
    test(`downloads the what-if as the same CSV \`npm start\` writes (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser, request }) => {
      test.skip(!leaving, "no team shape loses an area when one of its roles leaves");
      const choice = { both: a, and: b, left: leaving!.left };
      const expected = await (await request.get(whatIfCsvUrl(leaving!.team, choice))).body();
      expect(expected.toString("utf8")).toContain("Person");
      const context = await browser.newContext({ javaScriptEnabled, acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(whatIfUrl(leaving!.team, choice));
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download as CSV" }).click()]);
      expect(download.suggestedFilename()).toBe("your-team.csv");
      // With JavaScript the island makes the file in the browser, so a static host offers it too.
      expect(download.url().startsWith("blob:")).toBe(javaScriptEnabled);
      expect(fs.readFileSync((await download.path())!).equals(expected)).toBe(true);
      await context.close();
    });
  }
});
