import { selectAll } from "hast-util-select";
import { parsePage } from "../scripts/page-tree";

/** What the crawler needs of a response, so it can run against Playwright's request context or a server of its own. */
export interface Fetched {
  status: number;
  type: string;
  text: () => Promise<string>;
}

/**
 * Follows every internal link from `start` and reports each link that does not resolve: a page
 * that is missing or redirects, an #anchor that is not on its page, an id used twice on a page.
 * Returns every page it read, by address, for further checks.
 */
export async function crawl(get: (path: string) => Promise<Fetched>, start = "/") {
  const pages = new Map<string, string>();
  const seen = new Set<string>();
  const ids = new Map<string, Set<string>>();
  const anchors: { from: string; page: string; id: string }[] = [];
  const broken: string[] = [];
  const queue = [start];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await get(path);
    if (res.status >= 300) {
      broken.push(`${path} → ${res.status}`);
      continue;
    }
    if (!res.type.includes("text/html")) continue;
    const html = await res.text();
    pages.set(path, html);
    // Parsed as a browser would, so character references in addresses (&#38;) read as they do there.
    const tree = parsePage(html);
    const pageIds = selectAll("[id]", tree).map((el) => String(el.properties.id));
    ids.set(path, new Set(pageIds));
    // Two elements with one id break the anchor a reader shares: the link lands on the first.
    for (const id of new Set(pageIds.filter((id, i) => pageIds.indexOf(id) !== i))) broken.push(`${path}: the id "${id}" is used more than once`);
    for (const href of selectAll("a[href]", tree).map((a) => String(a.properties.href))) {
      const target = new URL(href, `http://site${path}`);
      if (target.host !== "site") continue;
      if (target.hash) anchors.push({ from: path, page: target.pathname, id: decodeURIComponent(target.hash.slice(1)) });
      if (!seen.has(target.pathname)) queue.push(target.pathname);
    }
  }
  for (const a of anchors) {
    if (ids.has(a.page) && !ids.get(a.page)!.has(a.id)) broken.push(`${a.from}: #${a.id} is not on ${a.page}`);
  }
  return { seen, broken, pages };
}
