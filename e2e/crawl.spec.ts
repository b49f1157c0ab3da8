import { expect, test } from "@playwright/test";
import { selectAll } from "hast-util-select";
import { parsePage } from "../scripts/page-tree";

/* Follows every internal link from the home page and checks that each page, and each #anchor, exists once. */
test("every internal link on the built site resolves", async ({ request }) => {
  test.setTimeout(180_000);
  const seen = new Set<string>();
  const ids = new Map<string, Set<string>>();
  const anchors: { from: string; page: string; id: string }[] = [];
  const broken: string[] = [];
  const queue = ["/"];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await request.get(path, { maxRedirects: 0 });
    if (res.status() >= 300) {
      broken.push(`${path} → ${res.status()}`);
      continue;
    }
    if (!(res.headers()["content-type"] ?? "").includes("text/html")) continue;
    const html = await res.text();
    // Parsed as a browser would, so character references in addresses (&#38;) read as they do there.
    const tree = parsePage(html);
    const pageIds = selectAll("[id]", tree).map((el) => String(el.properties.id));
    ids.set(path, new Set(pageIds));
    // Two elements with one id break the anchor a reader shares: the link lands on the first.
    for (const id of new Set(pageIds.filter((id, i) => pageIds.indexOf(id) !== i))) broken.push(`${path}: the id "${id}" is used more than once`);
    for (const href of selectAll("a[href]", tree).map((a) => String(a.properties.href))) {
      const target = new URL(href, `http://site${path}`);
      if (target.host !== "site") continue;
      const page = target.pathname;
      if (target.hash) anchors.push({ from: path, page, id: decodeURIComponent(target.hash.slice(1)) });
      if (!seen.has(page)) queue.push(page);
    }
  }
  for (const a of anchors) {
    if (ids.has(a.page) && !ids.get(a.page)!.has(a.id)) broken.push(`${a.from}: #${a.id} is not on ${a.page}`);
  }
  expect(seen.size).toBeGreaterThan(30);
  expect(broken).toEqual([]);
});
