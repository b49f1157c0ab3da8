import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnchorHeading } from "@/components/anchor-heading";
import { ComparisonTable } from "@/components/comparison-table";
import { ContentsList } from "@/components/contents-list";
import { Html } from "@/components/html";
import { RaciCell } from "@/components/raci-cell";
import { PairAccountability } from "@/components/pair-accountability";
import { RolePairList } from "@/components/role-pair-list";
import { SourceList } from "@/components/source-list";
import { getModel, getRoleTitles } from "@/lib/queries";
import { canonicalPair, comparePair, splitPair } from "@/lib/compare";
import { compareAreas } from "@/lib/responsibility-map";
import { pageMetadata } from "@/lib/metadata";
import { PAIR_PAGE_SECTIONS as S, type PairSectionKey } from "@/lib/comparison-sections";
import { typedKeys } from "@/lib/typed";
import { COMPARE, compareUrl, roleItemUrl, roleUrl } from "@/lib/routes";
import { asPairParams, builtPairs, pairPreviewImage } from "@/lib/built-pages";

type Props = { params: Promise<{ pair: string }> };

// Every page is a file in the static export: an address that was not built is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return asPairParams(builtPairs(getModel()));
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
  return pageMetadata({
    title,
    description,
    path: compareUrl(...canonicalPair(getModel(), a.slug, b.slug)),
    type: "article",
    image: pairPreviewImage(a.slug, b.slug),
  });
}

export default async function ComparePage({ params }: Props) {
  const c = load((await params).pair);
  if (!c) notFound();
  const [a, b] = c.roles;
  const titles = getRoleTitles();
  const columns = [a.title, b.title];
  const curated = c.curated;
  const link = (slug: string) => <Link href={roleUrl(slug)}>{titles.get(slug) ?? slug}</Link>;
  const areas = compareAreas(getModel(), a, b);
  const html = (h: string | undefined) => h && <Html html={h} className="prose prose-sm max-w-none" />;
  const present: Record<PairSectionKey, boolean> = {
    sideBySide: true,
    accountability: areas.rows.length > 0,
    responsibilities: true,
    scrum: c.scrum.length > 0,
    growth: c.growth.length > 0,
    worksWith: true,
    sources: true,
  };
  const contents = [
    ...(curated?.sections.map((s) => ({ id: s.id, label: s.heading })) ?? []),
    ...typedKeys(S)
      .filter((k) => present[k])
      .map((k) => ({ id: S[k].id, label: S[k].heading })),
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
          <Link href={COMPARE}>Compare other roles</Link>
        </p>
      </div>
      <ContentsList entries={contents} />

      {curated?.sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id}>
          <AnchorHeading id={s.id}>{s.heading}</AnchorHeading>
          {s.html && <Html html={s.html} className="prose mb-4 max-w-prose" />}
          {s.rows.length > 0 && (
            <ComparisonTable
              caption={`${a.title} vs ${b.title}: ${s.heading}`}
              labelHeading={s.labelHeading ?? ""}
              columns={columns}
              rows={s.rows.map((r) => ({ ...r, cells: r.cells.map(html) }))}
            />
          )}
        </section>
      ))}

      <section aria-labelledby={S.sideBySide.id}>
        <AnchorHeading id={S.sideBySide.id}>{S.sideBySide.heading}</AnchorHeading>
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

      {areas.rows.length > 0 && (
        <section aria-labelledby={S.accountability.id}>
          <AnchorHeading id={S.accountability.id}>{S.accountability.heading}</AnchorHeading>
          <PairAccountability roles={[a, b]} areas={areas} />
        </section>
      )}

      <section aria-labelledby={S.responsibilities.id}>
        <AnchorHeading id={S.responsibilities.id}>{S.responsibilities.heading}</AnchorHeading>
        <p className="mb-4 max-w-prose">Responsibilities whose titles share most of their key words are listed under Both.</p>
        <RolePairList
          titles={[a.title, b.title]}
          shared={c.responsibilities.shared.map((m) => (
            <>
              <Link href={roleItemUrl(a.slug, m.a.id)}>{m.a.title}</Link> / <Link href={roleItemUrl(b.slug, m.b.id)}>{m.b.title}</Link>
            </>
          ))}
          onlyA={c.responsibilities.onlyA.map((r) => (
            <Link key={r.id} href={roleItemUrl(a.slug, r.id)}>
              {r.title}
            </Link>
          ))}
          onlyB={c.responsibilities.onlyB.map((r) => (
            <Link key={r.id} href={roleItemUrl(b.slug, r.id)}>
              {r.title}
            </Link>
          ))}
        />
      </section>

      {c.scrum.length > 0 && (
        <section aria-labelledby={S.scrum.id}>
          <AnchorHeading id={S.scrum.id}>{S.scrum.heading}</AnchorHeading>
          <ComparisonTable
            caption={`What the ${a.title} and the ${b.title} do in Scrum`}
            labelHeading="Event or artefact"
            columns={columns}
            rows={c.scrum.map((r) => ({
              ...r,
              cells: r.cells.map(
                (cell, i) =>
                  cell && (
                    <RaciCell key={i} level={cell.level} label={`${[a, b][i]!.title}, ${r.label}`}>
                      {html(cell.html)}
                    </RaciCell>
                  ),
              ),
            }))}
          />
        </section>
      )}

      {c.growth.length > 0 && (
        <section aria-labelledby={S.growth.id}>
          <AnchorHeading id={S.growth.id}>{S.growth.heading}</AnchorHeading>
          <ComparisonTable
            caption="Skills each role grows, by level"
            labelHeading="Level"
            columns={columns}
            empty="No growth path given."
            rows={c.growth.map((r) => ({
              ...r,
              cells: r.cells.map(
                (skills, i) =>
                  skills && (
                    <ul key={i} className="list-disc space-y-1 pl-5">
                      {skills.map((s) => (
                        <li key={s.id}>
                          <Link href={roleItemUrl([a, b][i]!.slug, s.id)}>{s.title}</Link>
                        </li>
                      ))}
                    </ul>
                  ),
              ),
            }))}
          />
        </section>
      )}

      <section aria-labelledby={S.worksWith.id}>
        <AnchorHeading id={S.worksWith.id}>{S.worksWith.heading}</AnchorHeading>
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
                      <Html html={html} className="prose max-w-prose" />
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

      <section aria-labelledby={S.sources.id}>
        <AnchorHeading id={S.sources.id}>{S.sources.heading}</AnchorHeading>
        {curated && <SourceList sources={curated.sources} />}
        <p className="mt-4">
          Each role&apos;s own sources are listed on its page: {link(a.slug)} and {link(b.slug)}.
        </p>
      </section>
    </article>
  );
}
