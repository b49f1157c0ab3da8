import type { Metadata } from "next";
import { formatDate } from "@/components/last-changed";
import { getSiteChanges } from "@/lib/model/changes";
import { SITE_NAME } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";
import { CHANGES, CHANGES_FEED } from "@/lib/site/routes";
import { IndexHeader } from "@/components/page-header";
import { InlineLinks } from "@/components/link-list";

const FEED_TITLE = `${SITE_NAME}: what changed`;
const base = pageMetadata({
  title: "What changed",
  description: "Every change to the roles, comparisons, ladders, areas of work and team shapes, newest first, with a feed to follow them.",
  path: CHANGES,
});
export const metadata: Metadata = {
  ...base,
  alternates: { ...base.alternates, types: { "application/atom+xml": [{ url: CHANGES_FEED, title: FEED_TITLE }] } },
};

export default function ChangesPage() {
  const changes = getSiteChanges();
  const days = [...new Set(changes.map((c) => c.date))];
  return (
    <>
      <IndexHeader title="What changed">
        Every change to the roles, comparisons, ladders, areas of work and team shapes, newest first. Each page also says when it last changed.
      </IndexHeader>
      <p className="mt-2">
        Follow the changes in a feed reader: <a href={CHANGES_FEED}>Atom feed of what changed</a>.
      </p>
      {days.map((date) => (
        <section key={date} aria-labelledby={`day-${date}`} className="mt-8">
          <h2 id={`day-${date}`} className="text-2xl font-bold tracking-tight">
            <time dateTime={date}>{formatDate(date)}</time>
          </h2>
          <ul className="mt-3 space-y-4">
            {changes
              .filter((c) => c.date === date)
              .map((c) => (
                <li key={c.id} id={c.id} className="max-w-prose">
                  <p>{c.note ?? "Updated, with no note on what changed."}</p>
                  <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                    {c.pages.length === 1 ? "Page" : "Pages"}: <InlineLinks links={c.pages.map((p) => ({ href: p.path, label: p.title }))} />
                  </p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
