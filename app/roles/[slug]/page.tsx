import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnchorHeading } from "@/components/anchor-heading";
import { ContentsList } from "@/components/contents-list";
import { DimensionList } from "@/components/dimension-list";
import { GrowthPath } from "@/components/growth-path";
import { Html } from "@/components/html";
import { ItemList } from "@/components/item-list";
import { PageHeader } from "@/components/page-header";
import { ScrumParts } from "@/components/scrum-parts";
import { SourceList } from "@/components/source-list";
import { WorksWithList } from "@/components/works-with-list";
import { ROLE_SECTION_IDS } from "@/lib/parse-role";
import { compareLinksFor, getAliasSlugs, getAliasTarget, getInherited, getModel, getRole, getRoles, getRoleTitles, laddersFor } from "@/lib/queries";
import { FAMILIES } from "@/lib/schema";
import { pageMetadata } from "@/lib/metadata";
import { EDIT_BASE_URL, compareUrl, ladderUrl, roleUrl } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  // Alias addresses (/roles/po, /roles/director-of-product) are built too, as pages that refresh
  // to the role; the build also lists them in _redirects so a server answers them with a 308.
  return [...getRoles().map((r) => r.slug), ...getAliasSlugs()].map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const role = getRole((await params).slug);
  if (!role) return {};
  return pageMetadata({ title: role.title, description: role.summary, path: roleUrl(role.slug), type: "article" });
}

export default async function RolePage({ params }: Props) {
  const { slug } = await params;
  const role = getRole(slug);
  if (!role) {
    const target = getRole(getAliasTarget(slug) ?? "");
    if (!target) notFound();
    return (
      <>
        <meta httpEquiv="refresh" content={`0; url=${roleUrl(target.slug)}`} />
        <h1 className="text-3xl font-bold tracking-tight">{target.title}</h1>
        <p className="mt-4">
          This address is another name for the <Link href={roleUrl(target.slug)}>{target.title}</Link>.
        </p>
      </>
    );
  }
  const titles = getRoleTitles();
  const inherited = getInherited(role);
  const compare = compareLinksFor(getModel(), role);
  const ladders = laddersFor(getModel(), role.slug);
  const ids = ROLE_SECTION_IDS;
  const contents = [
    { id: ids.purpose, label: "What the role is for" },
    ...(ladders.length ? [{ id: "career-ladder", label: "Career ladder" }] : []),
    { id: ids.responsibilities, label: "Responsibilities" },
    ...(role.growth.length ? [{ id: ids.growth, label: "Growth path" }] : []),
    ...(role.scrum.length ? [{ id: ids.scrum, label: "Scrum events and artefacts" }] : []),
    { id: "at-a-glance", label: "At a glance" },
    { id: ids.worksWith, label: "Works with" },
    { id: ids.why, label: "Why the role matters" },
    ...(role.notesHtml ? [{ id: ids.notes, label: "Notes" }] : []),
    ...(role.related.length ? [{ id: "related", label: "Related roles" }] : []),
    { id: "compare", label: "Compare with…" },
    { id: "sources", label: "Sources" },
  ];
  const prose = "prose prose-slate max-w-prose dark:prose-invert";

  return (
    <article>
      <PageHeader eyebrow={FAMILIES[role.family]} title={role.title} aliases={role.aliases} summary={role.summary} />
      <ContentsList entries={contents} />

      <section aria-labelledby={ids.purpose}>
        <AnchorHeading id={ids.purpose}>What the role is for</AnchorHeading>
        <Html html={role.purposeHtml} className={prose} />
      </section>

      {ladders.length > 0 && (
        <section aria-labelledby="career-ladder">
          <AnchorHeading id="career-ladder">Career ladder</AnchorHeading>
          {ladders.map(({ ladder, rung, total }) => (
            <div key={ladder.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <p>
                Step {rung.level} of {total} on the{" "}
                <Link href={`${ladderUrl(ladder.slug)}#${role.slug}`}>{ladder.title.replace(/^./, (c) => c.toLowerCase())}</Link>.
              </p>
              <ul className="mt-3 grid gap-2 sm:grid-cols-2">
                <li>
                  {rung.below ? (
                    <>
                      Step below: <Link href={roleUrl(rung.below.slug)}>{rung.below.title}</Link>
                    </>
                  ) : (
                    "This is the first step."
                  )}
                </li>
                <li>
                  {rung.above ? (
                    <>
                      Next step: <Link href={roleUrl(rung.above.slug)}>{rung.above.title}</Link>
                    </>
                  ) : (
                    "This is the top step."
                  )}
                </li>
              </ul>
            </div>
          ))}
        </section>
      )}

      <section aria-labelledby={ids.responsibilities}>
        <AnchorHeading id={ids.responsibilities}>Responsibilities</AnchorHeading>
        {inherited.length > 0 && (
          <p className="mb-4 max-w-prose">
            A {role.title} does everything a{" "}
            {inherited.map((g, i) => (
              <span key={g.from.slug}>
                {i > 0 && ", and so everything a "}
                <Link href={roleUrl(g.from.slug)}>{g.from.title}</Link>
              </span>
            ))}{" "}
            does. These responsibilities are new at this level:
          </p>
        )}
        <ItemList items={role.responsibilities} anchorLabel="responsibility" />
        {inherited.map((g) => (
          <details key={g.from.slug} className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <summary className="cursor-pointer font-semibold">
              Included from {g.from.title} ({g.responsibilities.length})
            </summary>
            <ul className="mt-3 list-disc space-y-1 pl-5">
              {g.responsibilities.map((r) => (
                <li key={r.id}>
                  <Link href={`${roleUrl(g.from.slug)}#${r.id}`}>{r.title}</Link>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>

      {role.growth.length > 0 && (
        <section aria-labelledby={ids.growth}>
          <AnchorHeading id={ids.growth}>Growth path</AnchorHeading>
          <p className="mb-4 max-w-prose text-slate-700 dark:text-slate-300">The skills a {role.title} builds, from first steps to mastery.</p>
          <GrowthPath levels={role.growth} />
        </section>
      )}

      {role.scrum.length > 0 && (
        <section aria-labelledby={ids.scrum}>
          <AnchorHeading id={ids.scrum}>Scrum events and artefacts</AnchorHeading>
          <ScrumParts parts={role.scrum} />
        </section>
      )}

      <section aria-labelledby="at-a-glance">
        <AnchorHeading id="at-a-glance">At a glance</AnchorHeading>
        <DimensionList dimensions={role.dimensions} />
      </section>

      <section aria-labelledby={ids.worksWith}>
        <AnchorHeading id={ids.worksWith}>Works with</AnchorHeading>
        <WorksWithList entries={role.worksWith.map((w) => ({ href: roleUrl(w.slug), title: titles.get(w.slug) ?? w.slug, html: w.html }))} />
      </section>

      <section aria-labelledby={ids.why}>
        <AnchorHeading id={ids.why}>Why the role matters</AnchorHeading>
        <Html html={role.whyHtml} className={prose} />
      </section>

      {role.notesHtml && (
        <section aria-labelledby={ids.notes}>
          <AnchorHeading id={ids.notes}>Notes</AnchorHeading>
          <Html html={role.notesHtml} className={prose} />
        </section>
      )}

      {role.related.length > 0 && (
        <section aria-labelledby="related">
          <AnchorHeading id="related">Related roles</AnchorHeading>
          <ul className="flex flex-wrap gap-3">
            {role.related.map((slug) => (
              <li key={slug}>
                <Link href={roleUrl(slug)} className="inline-block rounded-full border border-slate-300 px-3 py-1 dark:border-slate-600">
                  {titles.get(slug) ?? slug}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="compare">
        <AnchorHeading id="compare">Compare with…</AnchorHeading>
        <ul className="list-disc space-y-1 pl-5">
          {compare.curated.map((c) => (
            <li key={c.slug}>
              <Link href={compareUrl(c.roles[0], c.roles[1])}>{c.title}</Link> (in depth)
            </li>
          ))}
          {compare.others.map((slug) => (
            <li key={slug}>
              <Link href={compareUrl(role.slug, slug)}>
                {role.title} vs {titles.get(slug) ?? slug}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/compare">Any other role</Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="sources">
        <AnchorHeading id="sources">Sources</AnchorHeading>
        <SourceList sources={role.sources} />
        <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
          Last updated <time dateTime={role.updated}>{formatDate(role.updated)}</time>.{" "}
          <a href={`${EDIT_BASE_URL}${role.file}`} className="no-print">
            Suggest an edit to this role
          </a>
        </p>
      </section>
    </article>
  );
}

function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
