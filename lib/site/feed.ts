import { Feed } from "feed";
import type { SiteChange } from "../model/changes";
import { escapeHtml } from "./escape-html";
import { CHANGES, CHANGES_FEED, changeUrl } from "./routes";

/*
 * /changes as an Atom feed (RFC 4287), written with the feed package: an entry per change, whose
 * id is its place on /changes, so a reader sees each change once however often the site is built.
 */

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** The pages a change touched, for an entry's title: their names, or how many. */
const pagesLabel = (pages: SiteChange["pages"]) => (pages.length <= 3 ? pages.map((p) => p.title).join(", ") : `${pages.length} pages`);

/** `absolute` makes a site address absolute; feed readers need every link whole. */
export function changesFeed(changes: readonly SiteChange[], siteName: string, absolute: (address: string) => string): string {
  const feed = new Feed({
    id: absolute(CHANGES),
    title: `${siteName}: what changed`,
    link: absolute(CHANGES),
    feedLinks: { atom: absolute(CHANGES_FEED) },
    // The newest change, so the feed's date moves only when the content does.
    updated: day(changes[0]?.date ?? "1970-01-01"),
    author: { name: siteName },
    generator: false,
  });
  for (const c of changes) {
    const note = c.note ?? "Updated, with no note on what changed.";
    feed.addItem({
      id: absolute(changeUrl(c.id)),
      title: `${pagesLabel(c.pages)}: ${note}`,
      // One page: the page itself; several: the entry on /changes, which links each.
      link: absolute(c.pages.length === 1 ? c.pages[0]!.path : changeUrl(c.id)),
      date: day(c.date),
      // Atom's summary here is HTML, so the plain-text note is escaped.
      description: escapeHtml(`${note} Pages: ${c.pages.map((p) => p.title).join(", ")}.`),
    });
  }
  return feed.atom1();
}
