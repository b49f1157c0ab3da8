import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnchorHeading } from "@/components/anchor-heading";
import { ComparisonTable } from "@/components/comparison-table";
import { ContentsList } from "@/components/contents-list";
import { Html } from "@/components/html";
import { RolePairList } from "@/components/role-pair-list";
import { SourceList } from "@/components/source-list";
import { canonicalPair, comparePair, getModel, getRoleTitles, splitPair } from "@/lib/queries";
import { pageMetadata } from "@/lib/metadata";
import { compareUrl, roleUrl } from "@/lib/site";
import { builtPairs, previewImage } from "./pairs";

type Props = { params: Promise<{ pair: string }> };

// Every page is a file in the static export: an address that was not built is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return builtPairs(getModel());
}

function load(pair: string) {
  const model = getModel();
  const slugs = splitPair(model, pair);
  return slugs ? comparePair(model, slugs[0], slugs[1]) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = load((await params).pair);
  if (!c) return { title: "Comparison not found" };
  const [a, b] = c.roles;
  const title = c.curated?.title ?? `${a.title} vs ${b.title}`;
  const description =
    c.curated?.summary ?? `How a ${a.title} and a ${b.title} differ and overlap: focus, scope, responsibilities, Scrum events and who they work with.`;
  const meta = pageMetadata({ title, description, path: compareUrl(...canonicalPair(getModel(), a.slug, b.slug)), type: "article" });
  const image = previewImage(getModel(), a.slug, b.slug);
  return { ...meta, openGraph: { ...meta.openGraph, images: [image] }, twitter: { ...meta.twitter, images: [image] } };
}

export default async function ComparePage({ params }: Props) {
  const c = load((await params).pair);
  if (!c) notFound();
  const [a, b] = c.roles;
  const titles = getRoleTitles();
  const columns = [a.title, b.title];
  const curated = c.curated;
  const link = (slug: string) => <Link href={roleUrl(slug)}>{titles.get(slug) ?? slug}</Link>;
  const contents = [
    ...(curated?.sections.map((s) => ({ id: s.id, label: s.heading })) ?? []),
    { id: "side-by-side", label: "Side by side" },
    { id: "compare-responsibilities", label: "Responsibilities" },
    ...(c.scrum.length ? [{ id: "compare-scrum", label: "Scrum events and artefacts" }] : []),
    ...(c.growth.length ? [{ id: "compare-growth", label: "Growth paths" }] : []),
    { id: "compare-works-with", label: "Who they work with" },
    { id: "sources", label: "Sources" },
  ];

  return (
    <article>
      <div className="border-b border-slate-200 pb-6 dark:border-slate-800">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{curated ? "Comparison" : "Side-by-side comparison"}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">
          {a.title} vs {b.title}
        </h1>
        <p className="mt-4 max-w-prose text-lg">
          {curated?.summary ?? `How the ${a.title} and the ${b.title} line up on the same dimensions, what they share and what is distinct to each.`}
        </p>
        <p className="no-print mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <Link href={compareUrl(b.slug, a.slug)}>Swap columns</Link>
          {link(a.slug)}
          {link(b.slug)}
          <Link href="/compare">Compare other roles</Link>
        </p>
      </div>
      <ContentsList entries={contents} />

      {curated?.sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id}>
          <AnchorHeading id={s.id}>{s.heading}</AnchorHeading>
          {s.html && <Html html={s.html} className="prose prose-slate mb-4 max-w-prose dark:prose-invert" />}
          {s.rows.length > 0 && (
            <ComparisonTable caption={`${a.title} vs ${b.title}: ${s.heading}`} labelHeading={s.labelHeading ?? ""} columns={columns} rows={s.rows} />
          )}
        </section>
      ))}

      <section aria-labelledby="side-by-side">
        <AnchorHeading id="side-by-side">Side by side</AnchorHeading>
        <p className="mb-4 max-w-prose">
          Every role on this site states its focus, scope, responsibility and communication, so any two roles can be lined up.
          {c.buildsOn && (
            <>
              {" "}
              A {c.buildsOn.upper.title} does everything a {c.buildsOn.lower.title} does, and more.
            </>
          )}
        </p>
        <ComparisonTable caption={`${a.title} and ${b.title} at a glance`} labelHeading="Dimension" columns={columns} rows={c.dimensions} />
      </section>

      <section aria-labelledby="compare-responsibilities">
        <AnchorHeading id="compare-responsibilities">Responsibilities</AnchorHeading>
        <p className="mb-4 max-w-prose">Responsibilities whose titles share most of their key words are listed under Both.</p>
        <RolePairList
          titles={[a.title, b.title]}
          shared={c.responsibilities.shared.map((m) => (
            <>
              <Link href={`${roleUrl(a.slug)}#${m.a.id}`}>{m.a.title}</Link> / <Link href={`${roleUrl(b.slug)}#${m.b.id}`}>{m.b.title}</Link>
            </>
          ))}
          onlyA={c.responsibilities.onlyA.map((r) => (
            <Link key={r.id} href={`${roleUrl(a.slug)}#${r.id}`}>
              {r.title}
            </Link>
          ))}
          onlyB={c.responsibilities.onlyB.map((r) => (
            <Link key={r.id} href={`${roleUrl(b.slug)}#${r.id}`}>
              {r.title}
            </Link>
          ))}
        />
      </section>

      {c.scrum.length > 0 && (
        <section aria-labelledby="compare-scrum">
          <AnchorHeading id="compare-scrum">Scrum events and artefacts</AnchorHeading>
          <ComparisonTable caption={`What the ${a.title} and the ${b.title} do in Scrum`} labelHeading="Event or artefact" columns={columns} rows={c.scrum} />
        </section>
      )}

      {c.growth.length > 0 && (
        <section aria-labelledby="compare-growth">
          <AnchorHeading id="compare-growth">Growth paths</AnchorHeading>
          <ComparisonTable caption="Skills each role grows, by level" labelHeading="Level" columns={columns} empty="No growth path given." rows={c.growth} />
        </section>
      )}

      <section aria-labelledby="compare-works-with">
        <AnchorHeading id="compare-works-with">Who they work with</AnchorHeading>
        {(c.worksWith.aAboutB || c.worksWith.bAboutA) && (
          <dl className="mb-6 space-y-3">
            {[
              { from: a, to: b, html: c.worksWith.aAboutB },
              { from: b, to: a, html: c.worksWith.bAboutA },
            ].map(
              ({ from, to, html }) =>
                html && (
                  <div key={from.slug}>
                    <dt className="font-semibold">
                      How the {from.title} works with the {to.title}
                    </dt>
                    <dd>
                      <Html html={html} className="prose prose-slate max-w-prose dark:prose-invert" />
                    </dd>
                  </div>
                ),
            )}
          </dl>
        )}
        <RolePairList
          titles={[a.title, b.title]}
          shared={c.worksWith.shared.map(link)}
          onlyA={c.worksWith.onlyA.map(link)}
          onlyB={c.worksWith.onlyB.map(link)}
        />
      </section>

      <section aria-labelledby="sources">
        <AnchorHeading id="sources">Sources</AnchorHeading>
        {curated && <SourceList sources={curated.sources} />}
        <p className="mt-4">
          Each role&apos;s own sources are listed on its page: {link(a.slug)} and {link(b.slug)}.
        </p>
      </section>
    </article>
  );
}
