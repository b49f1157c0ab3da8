import { notFound } from "next/navigation";
import { AnchorSection } from "@/components/anchor-heading";
import { Html } from "@/components/html";
import { LastChanged } from "@/components/last-changed";
import { LevelTag } from "@/components/level-tag";
import { PageHeader } from "@/components/page-header";
import { SourceList } from "@/components/source-list";
import { documentMetadata } from "@/lib/site/metadata";
import { getArea, getModel } from "@/lib/model/queries";
import { areaOverview, inTeamsOf } from "@/lib/responsibilities/map";
import { getLastChange } from "@/lib/model/changes";
import { DIFFER_ID, RESPONSIBILITIES, areaRulingUrl, areaUrl, roleItemUrl, roleUrl, rulingId, teamUrl } from "@/lib/site/routes";
import { RulingWho, RulingWhy } from "@/components/ruling";
import { type Area, LEVELS, type Team } from "@/lib/content/schema";
import { pageParams } from "@/lib/site/built-pages";
import { feedbackUrl } from "@/lib/site/feedback";
import { FeedbackLink } from "@/components/feedback-link";

export const dynamicParams = false;

export const generateStaticParams = () => pageParams.area(getModel());

type Props = { params: Promise<{ area: string }> };

export const generateMetadata = documentMetadata("area", getArea, (a) => ({
  title: `Who does what: ${a.title.toLowerCase()}`,
  description: a.definition,
  path: areaUrl(a.slug),
}));

const prose = "prose max-w-prose";
type AreaOverview = ReturnType<typeof areaOverview>;

export default async function AreaPage({ params }: Props) {
  const area = getArea((await params).area);
  if (!area) notFound();
  const model = getModel();
  const { byLevel, teams } = areaOverview(model, area);
  const titles = new Map(model.roles.map((r) => [r.slug, r.title]));
  return (
    <article>
      <PageHeader eyebrow="Area of work" title={area.title} summary={area.definition} internal={area.visibility === "internal"} />
      {area.aboutHtml && <Html html={area.aboutHtml} className={`${prose} mt-6`} />}

      <ByRole area={area} byLevel={byLevel} teams={model.teams} />

      <ByTeam area={area} teams={teams} roleTitle={(slug) => titles.get(slug) ?? slug} />

      {area.differ.length > 0 && (
        <AnchorSection id={DIFFER_ID} title="Sources differ">
          <ul className="space-y-6">
            {area.differ.map((d, i) => (
              <li key={i} className="rounded-lg border border-amber-400 bg-amber-50 p-4 dark:bg-amber-950/40">
                <p className="font-semibold">{d.roles.map((s) => titles.get(s) ?? s).join(" and ")}</p>
                <p className="mt-1 max-w-prose">{d.note}</p>
                <div className="mt-2">
                  <SourceList sources={d.sources} />
                </div>
              </li>
            ))}
          </ul>
        </AnchorSection>
      )}

      <Advice area={area} />
    </article>
  );
}

function ByRole({ area, byLevel, teams }: { area: Area; byLevel: AreaOverview["byLevel"]; teams: readonly Team[] }) {
  return (
    <AnchorSection id="by-role" title="Who does what, role by role">
      {byLevel.length === 0 && <p>No role lists a responsibility in this area yet.</p>}
      {byLevel.map((g) => (
        <div key={g.level} className="mt-6">
          <h3 className="text-lg font-semibold">
            {LEVELS[g.level].name} ({g.level}): {LEVELS[g.level].meaning}
          </h3>
          <ul className="mt-2 space-y-3">
            {g.parts.map(({ role, items }) => (
              <li key={role.slug} id={`role-${role.slug}`} className="target-highlight">
                <a href={roleUrl(role.slug)} className="font-semibold">
                  {role.title}
                </a>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {items.map((item) => (
                    <li key={item.id}>
                      <a href={roleItemUrl(role.slug, item.id)}>{item.title}</a>{" "}
                      <LevelTag level={item.level} area={area.slug} areaTitle={area.title} inTeams={inTeamsOf(item, teams)} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </AnchorSection>
  );
}

function ByTeam({ area, teams, roleTitle }: { area: Area; teams: AreaOverview["teams"]; roleTitle: (slug: string) => string }) {
  return (
    <AnchorSection id="by-team" title="The ruling in each team shape">
      <p className="mb-4 max-w-prose">
        Each team shape settles who answers for {area.title.toLowerCase()}: one accountable role, the whole team together, or no one because it sits outside the
        team. Every ruling quotes the source it rests on.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Who answers for {area.title.toLowerCase()} in each team shape, and the source</caption>
          <thead className="bg-slate-100 dark:bg-slate-800">
            <tr>
              {["Team shape", "Who answers for it", "Why, and the source"].map((heading) => (
                <th key={heading} scope="col" className="px-3 py-2">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {teams.map((t) => (
              // Each team's ruling has an anchor, so that role, team and comparison pages can point at it.
              <tr key={t.team.slug} id={rulingId(t.team.slug)} className="target-highlight border-t border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="px-3 py-2 font-semibold">
                  <a href={teamUrl(t.team.slug)}>{t.team.title}</a>
                  <FeedbackLink href={feedbackUrl({ page: area.title, item: t.team.title, address: areaRulingUrl(area.slug, t.team.slug) })} />
                </th>
                <td className="px-3 py-2">
                  <RulingWho ruling={t.ruling} roleTitle={roleTitle} />
                </td>
                <td className="px-3 py-2">
                  {t.ruling && <RulingWhy ruling={t.ruling} sources={t.team.sources} />}
                  {t.gap && <strong className="block">Gap: {area.ifGap}</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AnchorSection>
  );
}

function Advice({ area }: { area: Area }) {
  return (
    <AnchorSection id="advice" title="If your team is unsure">
      <dl className="max-w-prose space-y-3">
        {[
          ["No one does it", area.ifGap],
          ["Two people think they have the final say", area.ifOverlap],
        ].map(([term, advice]) => (
          <div key={term}>
            <dt className="font-semibold">{term}</dt>
            <dd>{advice}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        <LastChanged change={getLastChange(area)} />
      </p>
      <p className="mt-4">
        <a href={RESPONSIBILITIES}>Every area of work</a>
      </p>
    </AnchorSection>
  );
}
