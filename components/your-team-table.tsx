import { RaciLegend } from "@/components/raci-legend";
import { rowId } from "@/components/your-team-css";
import type { ContentModel } from "@/lib/model/link";
import { rolesByLevel } from "@/lib/responsibilities/map";
import { areaUrl } from "@/lib/site/routes";

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
export function CoverageTable({ model }: { model: Pick<ContentModel, "roles" | "areas"> }) {
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
                  <span className="yt-gap">
                    <strong className="text-red-800 dark:text-red-300">Gap.</strong> <span className="yt-advice">{area.ifGap}</span>
                  </span>
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
