import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { AnchorSection } from "@/components/anchor-heading";
import { ContentsList } from "@/components/contents-list";
import { DimensionList } from "@/components/dimension-list";
import { GrowthPath } from "@/components/growth-path";
import { GrowsFrom } from "@/components/grows-from";
import { Html } from "@/components/html";
import { InheritedList } from "@/components/inherited-list";
import { ItemList } from "@/components/item-list";
import { LadderPosition } from "@/components/ladder-position";
import { LastChanged } from "@/components/last-changed";
import { LevelTag } from "@/components/level-tag";
import { InlineLinks, LinkList } from "@/components/link-list";
import { PageHeader } from "@/components/page-header";
import { RoleTeamShapes } from "@/components/role-team-shapes";
import { ScrumParts } from "@/components/scrum-parts";
import { SourceList } from "@/components/source-list";
import { WorksWithList } from "@/components/works-with-list";
import { documentMetadata } from "@/lib/site/metadata";
import { getModel, getRole, getRoleTitles } from "@/lib/model/queries";
import { inheritedResponsibilities } from "@/lib/model/link";
import { compareLinksFor } from "@/lib/model/compare";
import { laddersFor } from "@/lib/model/ladder";
import { growsFrom } from "@/lib/model/threads";
import { getLastChange } from "@/lib/model/changes";
import { inTeamsOf, roleInTeams } from "@/lib/responsibilities/map";
import { ROLE_PAGE_SECTIONS as S, type RoleSectionKey } from "@/lib/content/role-sections";
import { COMPARE, compareUrl, roleItemUrl, roleUrl } from "@/lib/site/routes";
import { FAMILIES, type Role } from "@/lib/content/schema";
import { editUrl } from "@/lib/site/config";
import { feedbackUrl } from "@/lib/site/feedback";
import { pageParams } from "@/lib/site/built-pages";

export const dynamicParams = false;

// Alias addresses (/roles/po) are redirects, which the build writes after the pages (lib/site/redirects.ts).
export const generateStaticParams = () => pageParams.role(getModel());

type Props = { params: Promise<{ slug: string }> };

export const generateMetadata = documentMetadata("slug", getRole, (r) => ({ title: r.title, description: r.summary, path: roleUrl(r.slug) }));

const prose = "prose max-w-prose";

/** One of the page's sections; `show={false}` leaves it out (the contents list leaves it out too). */
function Section({ k, show = true, children }: { k: RoleSectionKey; show?: boolean; children: ReactNode }) {
  return show ? (
    <AnchorSection id={S[k].id} title={S[k].heading}>
      {children}
    </AnchorSection>
  ) : null;
}

export default async function RolePage({ params }: Props) {
  const { slug } = await params;
  const role = getRole(slug);
  if (!role) notFound();
  const model = getModel();
  const titles = getRoleTitles();
  const ladders = laddersFor(model, role.slug);
  const shapes = roleInTeams(model, role);
  const present = presentSections(role, ladders.length > 0, shapes.length > 0);
  const grows = growsFrom(model, role);

  return (
    <article>
      <PageHeader eyebrow={FAMILIES[role.family]} title={role.title} aliases={role.aliases} summary={role.summary} internal={role.visibility === "internal"} />
      <ContentsList sections={S} present={present} />

      <Section k="purpose">
        <Html html={role.purposeHtml} className={prose} />
      </Section>

      <Section k="ladder" show={present.ladder}>
        {ladders.map((place) => (
          <LadderPosition key={place.ladder.slug} {...place} />
        ))}
      </Section>

      <RoleResponsibilities role={role} grows={grows} />

      <Section k="teams" show={present.teams}>
        <p className="mb-4 max-w-prose">Who answers for what depends on the shape of the team. Where the {role.title} fits in each team shape on this site:</p>
        <RoleTeamShapes roleTitle={role.title} shapes={shapes} />
      </Section>

      <Section k="growth" show={present.growth}>
        <p className="mb-4 max-w-prose text-slate-700 dark:text-slate-300">The skills a {role.title} builds, from first steps to mastery.</p>
        <GrowthPath levels={role.growth} meta={(skill) => <GrowsFrom from={grows.get(skill.id)} />} />
      </Section>

      <Section k="scrum" show={present.scrum}>
        <ScrumParts parts={role.scrum} teams={model.teams.filter((t) => t.scrum && t.roles.includes(role.slug))} />
      </Section>

      <Section k="glance">
        <DimensionList dimensions={role.dimensions} />
      </Section>

      <Section k="worksWith">
        <WorksWithList entries={role.worksWith.map((w) => ({ href: roleUrl(w.slug), title: titles.get(w.slug) ?? w.slug, html: w.html }))} />
      </Section>

      <Section k="why">
        <Html html={role.whyHtml} className={prose} />
      </Section>

      <Section k="notes" show={present.notes}>
        <Html html={role.notesHtml ?? ""} className={prose} />
      </Section>

      <Section k="related" show={present.related}>
        <LinkList look="pills" links={role.related.map((s) => ({ href: roleUrl(s), label: titles.get(s) ?? s }))} />
      </Section>

      <RoleComparisons role={role} />

      <RoleSources role={role} />
    </article>
  );
}

type RoleProps = { role: Role };

function RoleResponsibilities({ role, grows }: RoleProps & { grows: ReturnType<typeof growsFrom> }) {
  const { areas, teams } = getModel();
  const areaTitles = new Map(areas.map((a) => [a.slug, a.title]));
  const inherited = inheritedResponsibilities(getModel(), role);
  return (
    <Section k="responsibilities">
      <p className="mb-4 max-w-prose">
        Each responsibility names its area of work and the role&apos;s level in it: <strong>A</strong>ccountable, <strong>R</strong>esponsible,{" "}
        <strong>C</strong>onsulted or <strong>I</strong>nformed. Follow an area to see who else works in it.
      </p>
      {inherited.length > 0 && (
        <p className="mb-4 max-w-prose">
          A {role.title} does everything a{" "}
          <InlineLinks links={inherited.map((g) => ({ href: roleUrl(g.from.slug), label: g.from.title }))} between=", and so everything a " /> does. These
          responsibilities are new at this level:
        </p>
      )}
      <ItemList
        items={role.responsibilities}
        anchorLabel="responsibility"
        meta={(r) => (
          <>
            <LevelTag level={r.level} area={r.area} areaTitle={areaTitles.get(r.area) ?? r.area} inTeams={inTeamsOf(r, teams)} />
            <GrowsFrom from={grows.get(r.id)} />
          </>
        )}
        // The item is named by its anchor in the address: its title too would cost the longest profile 0.2 KB of its 15 KB (e2e/budgets.spec.ts).
        feedback={(r) => feedbackUrl({ page: role.title, address: roleItemUrl(role.slug, r.id) })}
      />
      {inherited.map((g) => (
        <InheritedList key={g.from.slug} from={g.from} items={g.responsibilities} />
      ))}
    </Section>
  );
}

function RoleComparisons({ role }: RoleProps) {
  const titles = getRoleTitles();
  const compare = compareLinksFor(getModel(), role);
  return (
    <Section k="compare">
      <LinkList
        links={[
          ...compare.curated.map((c) => ({ href: compareUrl(c.roles[0], c.roles[1]), label: c.title, note: " (in depth)" })),
          ...compare.others.map((s) => ({ href: compareUrl(role.slug, s), label: `${role.title} vs ${titles.get(s) ?? s}` })),
          { href: COMPARE, label: "Any other role" },
        ]}
      />
    </Section>
  );
}

function RoleSources({ role }: RoleProps) {
  const edit = editUrl(role.file);
  return (
    <Section k="sources">
      <SourceList sources={role.sources} />
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        <LastChanged change={getLastChange(role)} />{" "}
        {edit && (
          <a href={edit} className="no-print">
            Suggest an edit to this role
          </a>
        )}
      </p>
    </Section>
  );
}

/** Which of the sections a role may lack this one has, for the page and its table of contents; every role has the others. */
function presentSections(role: Role, inLadder: boolean, inTeams: boolean): Partial<Record<RoleSectionKey, boolean>> {
  return {
    ladder: inLadder,
    teams: inTeams,
    growth: role.growth.length > 0,
    scrum: role.scrum.length > 0,
    notes: Boolean(role.notesHtml),
    related: role.related.length > 0,
  };
}
