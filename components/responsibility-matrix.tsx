import { areaRoleUrl, areaUrl, roleUrl } from "@/lib/site/routes";
import { type Area, LEVELS, type Level, type Role } from "@/lib/content/schema";
import { levelClass } from "@/lib/responsibilities/raci";

/** The heading row of one family in the matrix, so a family can be jumped to. */
export const familyRowId = (family: string) => `matrix-family-${family}`;

interface Cell {
  level: Level;
  differs: boolean;
}
interface Props {
  caption: string;
  areas: readonly Pick<Area, "slug" | "title" | "label">[];
  groups: readonly { family: string; label: string; rows: readonly { role: Pick<Role, "slug" | "title">; cells: readonly (Cell | undefined)[] }[] }[];
}

/**
 * Roles down the side (grouped by family, so it still reads with many roles), areas of work
 * across the top. Each cell is a letter that links to the role's responsibilities in that area,
 * on the area's page: listing them here too would grow the page past its byte budget as roles
 * are added. On a phone each role's row becomes a wrapped list of "area: letter" (see .matrix
 * in globals.css).
 */
export function ResponsibilityMatrix({ caption, areas, groups }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700" role="region" aria-label={caption} tabIndex={0}>
      <table className="matrix w-full border-collapse text-left text-sm">
        <caption className="px-4 py-2 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="left-0 bg-slate-100 px-3 py-2 sm:sticky dark:bg-slate-800">
              Role
            </th>
            {areas.map((a) => (
              <th key={a.slug} scope="col" className="px-1 py-2 align-bottom">
                <a href={areaUrl(a.slug)} title={a.title} className="matrix-area">
                  {a.label}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.family}>
            {groups.length > 1 && (
              <tr className="border-t border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-900">
                <th id={familyRowId(g.family)} scope="colgroup" colSpan={areas.length + 1} className="target-highlight px-3 py-1.5 text-left font-semibold">
                  {g.label}
                </th>
              </tr>
            )}
            {g.rows.map((row) => (
              <tr key={row.role.slug} id={`role-${row.role.slug}`} className="target-highlight border-t border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="left-0 bg-white px-3 py-2 font-semibold sm:sticky dark:bg-slate-950">
                  <a href={roleUrl(row.role.slug)}>{row.role.title}</a>
                </th>
                {row.cells.map((cell, i) => {
                  const area = areas[i]!;
                  return (
                    <td key={area.slug} data-area={area.label} className={cell ? "mx" : "mx matrix-empty"}>
                      {cell ? (
                        <a href={areaRoleUrl(area.slug, row.role.slug)} className={`mx-letter ${levelClass(cell.level)}`}>
                          <span aria-hidden="true">
                            {cell.level}
                            {cell.differs && "*"}
                          </span>
                          <span className="sr-only">
                            {LEVELS[cell.level].name}
                            {cell.differs ? ", sources differ" : ""}: {row.role.title}, {area.title}
                          </span>
                        </a>
                      ) : (
                        <span className="sr-only">No part</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
