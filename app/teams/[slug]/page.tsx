import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { AnchorSection } from "@/components/anchor-heading";
import { Html } from "@/components/html";
import { LastChanged } from "@/components/last-changed";
import { LinkList } from "@/components/link-list";
import { PageHeader } from "@/components/page-header";
import { RaciLegend } from "@/components/raci-legend";
import { SourceList } from "@/components/source-list";
import { TeamCoverageTable } from "@/components/team-coverage-table";
import { documentMetadata } from "@/lib/site/metadata";
import { getModel, getTeam } from "@/lib/model/queries";
import { getLastChange } from "@/lib/model/changes";
import { type AreaCoverage, coverage } from "@/lib/responsibilities/map";
import { TEAMS, areaDifferUrl, areaUrl, roleUrl, teamCsvUrl, teamUrl, yourTeamUrl } from "@/lib/site/routes";
import { pageParams } from "@/lib/site/built-pages";

export const dynamicParams = false;

export const generateStaticParams = () => pageParams.team(getModel());

type Props = { params: Promise<{ slug: string }> };

export const generateMetadata = documentMetadata("slug", getTeam, (t) => ({ title: t.title, description: t.summary, path: teamUrl(t.slug) }));

export default async function TeamPage({ params }: Props) {
  const team = getTeam((await params).slug);
  if (!team) notFound();
  const model = getModel();
  const roles = team.roles.flatMap((s) => model.roles.filter((r) => r.slug === s));
  const rows = coverage(model, team.roles, team);
  return (
    <article>
      <PageHeader eyebrow="Team shape" title={team.title} summary={team.summary} internal={team.visibility === "internal"} />
      <Html html={team.aboutHtml} className="prose mt-6 max-w-prose" />

      <AnchorSection id="roles" title="Roles in this team shape">
        <LinkList look="pills" links={roles.map((r) => ({ href: roleUrl(r.slug), label: r.title }))} />
        <p className="mt-4">
          <a href={yourTeamUrl(team.roles)}>Start your own team from this shape</a>
        </p>
      </AnchorSection>

      <AnchorSection id="matrix" title="Who does what in this team">
        <RaciLegend differs={rows.some((c) => c.differ.length > 0)} />
        <TeamCoverageTable caption={`${team.title}: each role's level in each area of work`} roles={roles} rows={rows} team={team.slug} />
        <p className="mt-4">
          <a href={teamCsvUrl(team.slug)} download>
            Download as CSV
          </a>
        </p>
      </AnchorSection>

      {AREA_SECTIONS.map((section) => (
        <AreaSection key={section.id} section={section} rows={rows.filter(section.has)} />
      ))}

      <AnchorSection id="sources" title="Sources">
        <SourceList sources={team.sources} />
        <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
          <LastChanged change={getLastChange(team)} />
        </p>
        <p className="mt-4">
          <a href={TEAMS}>Other team shapes</a>
        </p>
      </AnchorSection>
    </article>
  );
}

/** A section of areas of work, each linked to its page with what this team shape says about it. */
interface AreaSectionSpec {
  id: string;
  title: string;
  /** Which areas it lists. */
  has: (c: AreaCoverage) => boolean;
  /** What it says when there are none; without it, there is no section then. */
  none?: string;
  intro: string;
  term?: (c: AreaCoverage) => string;
  detail: (c: AreaCoverage) => ReactNode;
}

const AREA_SECTIONS: readonly AreaSectionSpec[] = [
  {
    id: "gaps",
    title: "Gaps",
    has: (c) => c.gap,
    none: "Every area this team needs has a role that is responsible or accountable for it.",
    intro: "The team needs these areas, and no role in this team shape is responsible or accountable for them:",
    detail: (c) => `${c.ruling?.kind === "gap" ? `${c.ruling.reason} ` : ""}${c.area.ifGap}`,
  },
  {
    id: "outside",
    title: "Outside this team",
    has: (c) => c.outside,
    intro: "These areas are not gaps: they sit outside a team of this shape, with the people named.",
    detail: (c) => (c.ruling?.kind === "outside" ? c.ruling.reason : ""),
  },
  {
    id: "overlaps",
    title: "Overlaps",
    has: (c) => c.overrides,
    none: "No two roles in this team shape claim the same area: each area has at most one accountable role.",
    intro: "In these areas more than one role's page says it is accountable. This team shape gives the area to one role; the others still do the work.",
    term: (c) => `: ${c.accountable.map((r) => r.title).join(", ")} accountable`,
    detail: (c) => (
      <>
        {c.ruling?.note && <>{c.ruling.note} </>}
        {c.area.ifOverlap} {c.differ.length > 0 && <a href={areaDifferUrl(c.area.slug)}>Why the sources differ</a>}
      </>
    ),
  },
];

function AreaSection({ section: { id, title, none, intro, term, detail }, rows }: { section: AreaSectionSpec; rows: AreaCoverage[] }) {
  if (!rows.length && !none) return null;
  return (
    <AnchorSection id={id} title={title}>
      {rows.length === 0 ? (
        <p>{none}</p>
      ) : (
        <>
          <p className="mb-4 max-w-prose">{intro}</p>
          <dl className="space-y-3">
            {rows.map((c) => (
              <div key={c.area.slug}>
                <dt className="font-semibold">
                  <a href={areaUrl(c.area.slug)}>{c.area.title}</a>
                  {term?.(c)}
                </dt>
                <dd className="max-w-prose">{detail(c)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </AnchorSection>
  );
}
