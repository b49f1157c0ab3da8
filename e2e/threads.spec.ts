import { expect, test } from "@playwright/test";
import { model } from "./content";
import { growsFrom, ladderThreads } from "../lib/model/threads";

/*
 * Threads, on whatever content the site was built from: each ladder's threads are listed, each
 * step linking to its item on its rung's profile, and each item that grows from another says so.
 */
const content = model();
const withThreads = content.ladders.map((ladder) => ({ ladder, threads: ladderThreads(content, ladder) })).filter((l) => l.threads.length);

test.skip(!withThreads.length, "no ladder on this site has a thread");

for (const { ladder, threads } of withThreads) {
  test(`the ${ladder.title} lists each thread, linking every step from the lowest rung up`, async ({ page }) => {
    await page.goto(`/ladders/${ladder.slug}`);
    const section = page.locator("section", { has: page.locator("h2#threads") });
    await expect(section.locator("li[id^='thread-']")).toHaveCount(threads.length);
    for (const thread of threads) {
      const links = section.locator(`li#${thread.id} ol > li a`);
      await expect(links).toHaveCount(thread.steps.length);
      for (const [i, step] of thread.steps.entries()) {
        await expect(links.nth(i)).toHaveText(step.item.title);
        await expect(links.nth(i)).toHaveAttribute("href", `/roles/${step.role.slug}#${step.item.id}`);
      }
    }
  });
}

test("a step of a thread leads to its item, which says what it grows from", async ({ page }) => {
  const { ladder, threads } = withThreads[0]!;
  const thread = threads[0]!;
  const [from, to] = thread.steps;
  await page.goto(`/ladders/${ladder.slug}#${thread.id}`);
  await expect(page.locator(`li#${thread.id}`)).toBeInViewport();
  await page.locator(`li#${thread.id} ol > li`).nth(1).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/roles/${to!.role.slug}#${to!.item.id}$`));
  const item = page.locator(`li#${to!.item.id}`);
  await expect(item).toContainText(`Grows from ${from!.item.title} (${from!.role.title})`);
  await item.getByRole("link", { name: from!.item.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/roles/${from!.role.slug}#${from!.item.id}$`));
  expect(growsFrom(content, to!.role).get(to!.item.id)?.item.id).toBe(from!.item.id);
});
