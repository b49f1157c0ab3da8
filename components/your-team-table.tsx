import { RaciLegend } from "@/components/raci-legend";
import { rowId } from "@/components/your-team-css";
import type { ContentModel } from "@/lib/model/types";
import { coverageConditions, rolesByLevel } from "@/lib/responsibilities/map";
import { areaRulingUrl, areaUrl } from "@/lib/site/routes";

const COLUMNS = [
  { heading: "Accountable", levels: ["A"] },
  { heading: "Responsible", levels: ["R"] },
  { heading: "Consulted or informed", levels: ["C", "I"] },
] as const;

/**
 * The "your team" table: every role in every area, shown or hidden by the ticked boxes through CSS
 * (components/your-team-css.ts). Its data attributes and .yt-advice are what the island reads to
 * write the team as a spreadsheet (components/islands/lib/your-team-csv.ts).
 */
export function CoverageTable({ model }: { model: Pick<ContentModel, "roles" | "areas" | "teams"> }) {
  const conditions = new Map(coverageConditions(model).map((c) => [c.area, c]));
  const title = (slug: string, items: readonly { slug: string; title: string }[]) => items.find((x) => x.slug === slug)?.title ?? slug;
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
              {["Area of work", ...COLUMNS.map((c) => c.heading), "Status"].map((heading) => (
                <th key={heading} scope="col" className="px-4 py-2">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody aria-live="polite">
            {model.areas.map((area) => (
              <tr key={area.slug} id={rowId(area.slug)} data-yt-area="" className="border-t border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="px-4 py-3 font-semibold">
                  <a href={areaUrl(area.slug)}>{area.title}</a>
                </th>
                {COLUMNS.map((c) => (
                  <td key={c.heading} data-role={c.heading} className="px-4 py-3">
                    {rolesAt(area.slug, c.levels).map(({ role, level }) => (
                      <span key={role.slug} data-yt-role={role.slug} data-level={level} className="yt-who">
                        {role.title}
                        {c.levels.length > 1 ? ` (${level})` : ""}
                      </span>
                    ))}
                  </td>
                ))}
                <td data-role="Status" className="px-4 py-3">
                  <span className="yt-ok font-semibold text-emerald-800 dark:text-emerald-300">Covered</span>
                  <Uncovered area={area} outside={conditions.get(area.slug)?.usuallyOutside} teamTitle={(slug) => title(slug, model.teams)} />
                  {conditions.get(area.slug)?.canAnswer.map((c) => (
                    <span key={c.role} className="yt-can" data-yt-can={c.role}>
                      <strong className="font-semibold text-emerald-800 dark:text-emerald-300">Covered</strong> if the {title(c.role, model.roles)} answers for
                      it, as <a href={areaRulingUrl(area.slug, c.team)}>in the {title(c.team, model.teams).toLowerCase()} shape</a>. Agree it in your team.
                    </span>
                  ))}
                  <span className="yt-noa">
                    <strong className="text-amber-900 dark:text-amber-300">No one accountable.</strong> Someone does the work, but no one has the final say.
                    Agree who does.
                  </span>
                  <span className="yt-overlap">
                    <strong className="text-amber-900 dark:text-amber-300">Two accountable.</strong> <span className="yt-advice">{area.ifOverlap}</span>
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

/**
 * No ticked role does the work. Where a team shape puts the area outside the team, say so and
 * with whom, rather than call it a gap; the advice for a gap still follows, for a team that needs it.
 */
function Uncovered({
  area,
  outside,
  teamTitle,
}: {
  area: { slug: string; ifGap: string };
  outside?: { team: string; reason: string };
  teamTitle: (slug: string) => string;
}) {
  if (!outside)
    return (
      <span className="yt-gap">
        <strong className="text-red-800 dark:text-red-300">Gap.</strong> <span className="yt-advice">{area.ifGap}</span>
      </span>
    );
  return (
    <span className="yt-gap">
      <strong className="text-slate-900 dark:text-slate-100">Not in your team.</strong> It often sits outside the team: {outside.reason}{" "}
      <a href={areaRulingUrl(area.slug, outside.team)}>As in the {teamTitle(outside.team).toLowerCase()} shape</a>. If your team needs it, it is a gap:{" "}
      <span className="yt-advice">{area.ifGap}</span>
    </span>
  );
}
