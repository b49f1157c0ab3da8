import type { Metadata } from "next";
import { Island } from "@/components/island";
import { RaciLegend } from "@/components/raci-legend";
import { YourTeamForm } from "@/components/your-team-form";
import { rowId, shapeNoteId } from "@/components/your-team-css";
import { pageMetadata } from "@/lib/site/metadata";
import type { ContentModel } from "@/lib/model/link";
import { getFamilies, getModel } from "@/lib/model/queries";
import { TEAMS, YOUR_TEAM, YOUR_TEAM_CSS, areaUrl, teamUrl, yourTeamUrl } from "@/lib/site/routes";
import { rolesByLevel } from "@/lib/responsibilities/map";

export const metadata: Metadata = pageMetadata({
  title: "Your team",
  description: "Tick the roles your team has and see who covers each area of work, where the gaps are and where two roles both think they have the final say.",
  path: YOUR_TEAM,
});

const COLUMNS = [
  { heading: "Accountable", levels: ["A"] },
  { heading: "Responsible", levels: ["R"] },
  { heading: "Consulted or informed", levels: ["C", "I"] },
] as const;

export default function YourTeamPage() {
  const model = getModel();
  return (
    <div className="yt">
      {/* React hoists a stylesheet with a precedence into <head>. */}
      <link rel="stylesheet" href={YOUR_TEAM_CSS} precedence="default" />
      <Island name="your-team" />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Your team</h1>
      <p className="mt-4 max-w-prose text-lg">
        Tick the roles your team has. The table shows who covers each area of work, the areas no one covers, and the areas where two roles both think they have
        the final say, with what to do about each. It uses each role&apos;s own page; the <a href={TEAMS}>team shapes</a> show how common teams settle the
        overlaps.
      </p>
      <p className="mt-2 max-w-prose">
        Start from a team shape:{" "}
        {model.teams.map((t, i) => (
          <span key={t.slug}>
            {i > 0 && ", "}
            <a href={yourTeamUrl(t.roles)}>{t.title.replace(/^./, (c) => c.toLowerCase())}</a>
          </span>
        ))}
        .
      </p>
      <div className="mt-6">
        <YourTeamForm
          families={getFamilies().map((f) => ({ family: f.family, label: f.label, roles: f.roles.map((r) => ({ slug: r.slug, title: r.title })) }))}
        />
      </div>

      {model.teams.map((t) => (
        <p
          key={t.slug}
          id={shapeNoteId(t.slug)}
          className="yt-shape mt-6 rounded-lg border border-brand-700 bg-brand-50 p-4 dark:border-brand-300 dark:bg-slate-900"
        >
          These are the roles of the <a href={teamUrl(t.slug)}>{t.title.replace(/^./, (c) => c.toLowerCase())}</a> shape. Its page shows how that shape settles
          the overlaps below, and why.
        </p>
      ))}

      <CoverageTable model={model} />
    </div>
  );
}

function CoverageTable({ model }: { model: ContentModel }) {
  const byLevel = new Map(model.areas.map((a) => [a.slug, rolesByLevel(model, a.slug)]));
  const rolesAt = (area: string, wanted: readonly string[]) =>
    (byLevel.get(area) ?? []).filter((g) => wanted.includes(g.level)).flatMap((g) => g.parts.map((p) => ({ role: p.role, level: g.level })));
  return (
    <section aria-labelledby="coverage" className="mt-10">
      <h2 id="coverage" className="mb-2 text-2xl font-bold tracking-tight">
        What your team covers
      </h2>
      <RaciLegend />
      <div
        className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700"
        role="region"
        aria-label="Coverage of each area of work"
        tabIndex={0}
      >
        <table className="stack-table w-full border-collapse text-left text-sm sm:text-base">
          <caption className="px-4 py-2 text-left font-semibold">Who covers each area of work in your team</caption>
          <thead className="bg-slate-100 dark:bg-slate-800">
            <tr>
              <th scope="col" className="px-4 py-2">
                Area of work
              </th>
              {COLUMNS.map((c) => (
                <th key={c.heading} scope="col" className="px-4 py-2">
                  {c.heading}
                </th>
              ))}
              <th scope="col" className="px-4 py-2">
                Status
              </th>
            </tr>
          </thead>
          <tbody aria-live="polite">
            {model.areas.map((area) => (
              <tr key={area.slug} id={rowId(area.slug)} className="border-t border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="px-4 py-3 font-semibold">
                  <a href={areaUrl(area.slug)}>{area.title}</a>
                </th>
                {COLUMNS.map((c) => (
                  <td key={c.heading} data-role={c.heading} className="px-4 py-3">
                    {rolesAt(area.slug, c.levels).map(({ role, level }) => (
                      <span key={role.slug} data-yt-role={role.slug} className="yt-who">
                        {role.title}
                        {c.levels.length > 1 ? ` (${level})` : ""}
                      </span>
                    ))}
                  </td>
                ))}
                <td data-role="Status" className="px-4 py-3">
                  <span className="yt-ok font-semibold text-emerald-800 dark:text-emerald-300">Covered</span>
                  <span className="yt-gap">
                    <strong className="text-red-800 dark:text-red-300">Gap.</strong> {area.ifGap}
                  </span>
                  <span className="yt-noa">
                    <strong className="text-amber-900 dark:text-amber-300">No one accountable.</strong> Someone does the work, but no one has the final say.
                    Agree who does.
                  </span>
                  <span className="yt-overlap">
                    <strong className="text-amber-900 dark:text-amber-300">Two accountable.</strong> {area.ifOverlap}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
