import type { ReactNode } from "react";

/** Three lists: what only the first role has, what both share, what only the second has. */
export function RolePairList({ titles, shared, onlyA, onlyB }: { titles: [string, string]; shared: ReactNode[]; onlyA: ReactNode[]; onlyB: ReactNode[] }) {
  const columns = [
    { key: "a", heading: `Only ${titles[0]}`, items: onlyA },
    { key: "shared", heading: "Both", items: shared },
    { key: "b", heading: `Only ${titles[1]}`, items: onlyB },
  ];
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {columns.map((c) => (
        <div
          key={c.key}
          className={`rounded-lg border p-4 ${c.key === "shared" ? "border-emerald-600 bg-emerald-50 dark:bg-emerald-950/30" : "border-slate-200 dark:border-slate-700"}`}
        >
          <h3 className="font-semibold">
            {c.heading} <span className="font-normal text-slate-700 dark:text-slate-300">({c.items.length})</span>
          </h3>
          {c.items.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {c.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-slate-700 dark:text-slate-300">None.</p>
          )}
        </div>
      ))}
    </div>
  );
}
