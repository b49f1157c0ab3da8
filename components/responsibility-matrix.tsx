import { areaDifferUrl, areaUrl, roleItemUrl, roleUrl } from "@/lib/site/routes";
import type { Area, Level, Role } from "@/lib/content/schema";
import { RaciCell } from "./raci-cell";

/** The heading row of one family in the matrix, so a family can be jumped to. */
export const familyRowId = (family: string) => `matrix-family-${family}`;

interface Cell {
  level: Level;
  items: readonly { id: string; title: string; level: Level }[];
  differs: boolean;
}
interface Props {
  caption: string;
  areas: readonly Pick<Area, "slug" | "title" | "label">[];
  groups: readonly { family: string; label: string; rows: readonly { role: Pick<Role, "slug" | "title">; cells: readonly (Cell | undefined)[] }[] }[];
}

/**
 * Roles down the side (grouped by family, so it still reads with many roles), areas of work
 * across the top. Each cell is a letter that opens to the responsibilities behind it. On a
 * phone each role's row becomes a wrapped list of "area: letter" (see .matrix in globals.css).
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
                    <td key={area.slug} data-area={area.label} className={`px-1 py-2 text-center ${cell ? "" : "matrix-empty"}`}>
                      {cell ? (
                        <RaciCell level={cell.level} label={`${row.role.title}, ${area.title}`} differs={cell.differs}>
                          <ul className="list-disc space-y-1 pl-4 text-left">
                            {cell.items.map((item) => (
                              <li key={item.id}>
                                <a href={roleItemUrl(row.role.slug, item.id)}>{item.title}</a> ({item.level})
                              </li>
                            ))}
                          </ul>
                          {cell.differs && (
                            <p className="mt-1 text-left">
                              <a href={areaDifferUrl(area.slug)}>Sources differ: read the note</a>
                            </p>
                          )}
                        </RaciCell>
                      ) : (
                        <span className="text-slate-500 dark:text-slate-400">
                          <span aria-hidden="true">·</span>
                          <span className="sr-only">No part</span>
                        </span>
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
