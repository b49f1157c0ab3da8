import type { ReactNode } from "react";

export interface TableRow {
  id: string;
  label: string;
  /** One cell per column; null or undefined shows the `empty` text. */
  cells: readonly ReactNode[];
}

/**
 * Rows of a comparison, each linkable by id; columns name the roles in the order the reader
 * asked for. On a phone each row stacks (see .stack-table in globals.css); on wider screens
 * a table with many columns scrolls sideways with the row labels kept in view.
 */
export function ComparisonTable({
  caption,
  labelHeading,
  columns,
  rows,
  empty = "No part described.",
}: {
  caption: string;
  labelHeading: string;
  columns: readonly string[];
  rows: readonly TableRow[];
  empty?: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700" role="region" aria-label={caption} tabIndex={0}>
      <table className="stack-table w-full border-collapse text-left align-top text-sm sm:min-w-[40rem] sm:text-base">
        <caption className="px-4 py-2 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="left-0 w-40 bg-slate-100 px-4 py-2 sm:sticky dark:bg-slate-800">
              {labelHeading}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-4 py-2">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} id={row.id} className="target-highlight scroll-mt-4 border-t border-slate-200 align-top dark:border-slate-700">
              <th scope="row" className="left-0 bg-white px-4 py-3 font-semibold sm:sticky dark:bg-slate-950">
                {row.label}{" "}
                <a href={`#${row.id}`} className="self-link">
                  <span aria-hidden="true">#</span>
                  <span className="sr-only">Link to row: {row.label}</span>
                </a>
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} data-role={columns[i]} className="px-4 py-3">
                  {cell ?? <span className="text-slate-600 dark:text-slate-400">{empty}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
