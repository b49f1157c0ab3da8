import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { AnchorHeading } from "@/components/anchor-heading";
import { ComparisonTable } from "@/components/comparison-table";
import { ContentsList } from "@/components/contents-list";
import { Html } from "@/components/html";
import { LastChanged } from "@/components/last-changed";
import { InternalPageMark } from "@/components/internal-badge";
import { type Table, dimensionsTable, pairHeader, pairSection } from "@/components/islands/lib/comparison-markup";
import { PairAccountability } from "@/components/pair-accountability";
import { RaciCell } from "@/components/raci-cell";
import { react } from "@/components/react-markup";
import { RolePairList } from "@/components/role-pair-list";
import { SourceList } from "@/components/source-list";
import { pageParams, pairPreviewImage } from "@/lib/site/built-pages";
import { type PairComparison, canonicalPair, comparePair, splitPair } from "@/lib/model/compare";
import { PAIR_PAGE_SECTIONS as S, type PairSectionKey, pairSummary } from "@/lib/content/comparison-sections";
import { pageMetadata } from "@/lib/site/metadata";
import { comparePairData } from "@/lib/site/pair-data";
import { roleData } from "@/lib/site/json-schema";
import { getModel, getRoleTitles } from "@/lib/model/queries";
import { compareAreas } from "@/lib/responsibilities/map";
import { getLastChange } from "@/lib/model/changes";
import { compareUrl, roleItemUrl, roleUrl } from "@/lib/site/routes";
import { feedbackUrl } from "@/lib/site/feedback";
import type { Item, Role, ScrumPart } from "@/lib/content/schema";

type Props = { params: Promise<{ pair: string }> };

// Every page is a file in the static export: an address that was not built is a 404.
export const dynamicParams = false;

export const generateStaticParams = () => pageParams.pair(getModel());

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
  const description = c.curated?.summary ?? pairSummary(a.title, b.title);
  return pageMetadata({
    title,
    description,
    path: compareUrl(...canonicalPair(getModel(), a.slug, b.slug)),
    type: "article",
    image: pairPreviewImage(getModel(), a.slug, b.slug),
  });
}

/** A section the page computes, marked up as the 404 page's island marks it up for a pair that was not built. */
const Section = ({ name, children }: { name: PairSectionKey; children: ReactNode }) => pairSection(react, name, children);

const cellHtml = (html: string | undefined) => html && <Html html={html} className="prose prose-sm max-w-none" />;
const RoleLink = ({ slug }: { slug: string }) => <a href={roleUrl(slug)}>{getRoleTitles().get(slug) ?? slug}</a>;
const ItemLink = ({ role, item }: { role: string; item: Item }) => <a href={roleItemUrl(role, item.id)}>{item.title}</a>;

const scrumPart = (part: Pick<ScrumPart, "level" | "html">, role: Role, activity: string) => (
  <RaciCell level={part.level} label={`${role.title}, ${activity}`}>
    {cellHtml(part.html)}
  </RaciCell>
);
const skillList = (skills: Item[], role: Role) => (
  <ul className="list-disc space-y-1 pl-5">
    {skills.map((s) => (
      <li key={s.id}>
        <ItemLink role={role.slug} item={s} />
      </li>
    ))}
  </ul>
);

export default async function ComparePage({ params }: Props) {
  const c = load((await params).pair);
  if (!c) notFound();
  const model = getModel();
  const [a, b] = c.roles;
  // The view the 404 page's island makes from the two roles' data files, so that both draw the same heading and dimensions.
  const view = comparePairData(roleData(model, a), roleData(model, b));
  const areas = compareAreas(model, a, b);
  const summary = c.curated?.summary ?? `How the ${a.title} and the ${b.title} line up on the same dimensions, what they share and what is distinct to each.`;
  return (
    <article>
      {pairHeader(react, view, summary, Boolean(c.curated))}
      {[c.curated, a, b].some((x) => x?.visibility === "internal") && (
        <p className="mt-2">
          <InternalPageMark />
        </p>
      )}
      {/* The sections a pair may lack; every pair has the others. */}
      <ContentsList
        sections={S}
        present={{ accountability: areas.rows.length > 0, scrum: c.scrum.length > 0, growth: c.growth.length > 0 }}
        first={c.curated?.sections}
      />
      <CuratedSections c={c} />
      <Section name="sideBySide">
        <p className="mb-4 max-w-prose">
          Every role on this site states its focus, scope, responsibility and communication, so any two roles can be lined up.
          {c.buildsOn && (
            <>
              {" "}
              A {c.buildsOn.upper.title} does everything a {c.buildsOn.lower.title} does, and more.
            </>
          )}
        </p>
        {dimensionsTable(react, view, (row) =>
          feedbackUrl({ page: c.curated?.title ?? view.title, item: row.label, address: `${compareUrl(a.slug, b.slug)}#${row.id}` }),
        )}
      </Section>
      {areas.rows.length > 0 && (
        <Section name="accountability">
          <PairAccountability roles={[a, b]} areas={areas} />
        </Section>
      )}
      <Responsibilities c={c} />
      <PairTable
        c={c}
        name="scrum"
        caption={`What the ${a.title} and the ${b.title} do in Scrum`}
        labelHeading="Event or artefact"
        rows={c.scrum}
        cell={scrumPart}
      />
      <PairTable
        c={c}
        name="growth"
        caption="Skills each role grows, by level"
        labelHeading="Level"
        empty="No growth path given."
        rows={c.growth}
        cell={skillList}
      />
      <WorksWith c={c} />
      <Section name="sources">
        {c.curated && <SourceList sources={c.curated.sources} />}
        <p className="mt-4">
          Each role&apos;s own sources are listed on its page: <RoleLink slug={a.slug} /> and <RoleLink slug={b.slug} />.
        </p>
        {/* The page is made from the comparison's file, if any, and both roles' files: the newest of them dates it. */}
        <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
          <LastChanged change={getLastChange(...(c.curated ? [c.curated] : []), a, b)} />
        </p>
      </Section>
    </article>
  );
}

/** A curated comparison's own sections, before the ones every pair has. */
function CuratedSections({ c }: { c: PairComparison }) {
  const [a, b] = c.roles;
  const { curated } = c;
  return curated?.sections.map((s) => (
    <section key={s.id} aria-labelledby={s.id}>
      <AnchorHeading id={s.id}>{s.heading}</AnchorHeading>
      {s.html && <Html html={s.html} className="prose mb-4 max-w-prose" />}
      {s.rows.length > 0 && (
        <ComparisonTable
          caption={`${a.title} vs ${b.title}: ${s.heading}`}
          labelHeading={s.labelHeading ?? ""}
          columns={[a.title, b.title]}
          rows={s.rows.map((r) => ({
            ...r,
            cells: r.cells.map(cellHtml),
            feedback: feedbackUrl({ page: curated.title, item: r.label, address: `${compareUrl(a.slug, b.slug)}#${r.id}` }),
          }))}
        />
      )}
    </section>
  ));
}

function Responsibilities({ c }: { c: PairComparison }) {
  const [a, b] = c.roles;
  const { shared, onlyA, onlyB } = c.responsibilities;
  return (
    <Section name="responsibilities">
      <p className="mb-4 max-w-prose">Responsibilities whose titles share most of their key words are listed under Both.</p>
      <RolePairList
        titles={[a.title, b.title]}
        shared={shared.map((m) => (
          <>
            <ItemLink role={a.slug} item={m.a} /> / <ItemLink role={b.slug} item={m.b} />
          </>
        ))}
        onlyA={onlyA.map((r) => (
          <ItemLink key={r.id} role={a.slug} item={r} />
        ))}
        onlyB={onlyB.map((r) => (
          <ItemLink key={r.id} role={b.slug} item={r} />
        ))}
      />
    </Section>
  );
}

/** A section lining the two roles up row by row, left out when the pair has no rows; `cell` draws one role's filled cell. */
function PairTable<Cell>({
  c,
  name,
  rows,
  cell,
  ...table
}: Omit<Table<ReactNode>, "columns" | "rows"> & {
  c: PairComparison;
  name: PairSectionKey;
  rows: { id: string; label: string; cells: readonly (Cell | undefined)[] }[];
  cell: (value: Cell, role: Role, rowLabel: string) => ReactNode;
}) {
  if (!rows.length) return null;
  return (
    <Section name={name}>
      <ComparisonTable
        {...table}
        columns={c.roles.map((r) => r.title)}
        rows={rows.map((r) => ({ ...r, cells: r.cells.map((value, i) => value && cell(value, c.roles[i]!, r.label)) }))}
      />
    </Section>
  );
}

function WorksWith({ c }: { c: PairComparison }) {
  const [a, b] = c.roles;
  const { shared, onlyA, onlyB, aAboutB, bAboutA } = c.worksWith;
  const links = (slugs: string[]) => slugs.map((s) => <RoleLink key={s} slug={s} />);
  const notes = [
    { from: a, to: b, html: aAboutB },
    { from: b, to: a, html: bAboutA },
  ];
  return (
    <Section name="worksWith">
      {(aAboutB || bAboutA) && (
        <dl className="mb-6 space-y-3">
          {notes.map(
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
      <RolePairList titles={[a.title, b.title]} shared={links(shared)} onlyA={links(onlyA)} onlyB={links(onlyB)} />
    </Section>
  );
}
