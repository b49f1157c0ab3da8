import { expect, test } from "@playwright/test";
import { crawl } from "./crawl";

/* Follows every internal link from the home page and checks that each page, and each #anchor, exists once. */
test("every internal link on the built site resolves", async ({ request }) => {
  test.setTimeout(180_000);
  const { seen, broken } = await crawl(async (path) => {
    const res = await request.get(path, { maxRedirects: 0 });
    return { status: res.status(), type: res.headers()["content-type"] ?? "", text: () => res.text() };
  });
  expect(seen.size).toBeGreaterThan(30);
  expect(broken).toEqual([]);
});
