import type { ReactNode } from "react";
import { LEVELS, type Level } from "@/lib/schema";

/** Colours per level, strongest darkest; each pair keeps text contrast above 4.5:1 in light and dark. */
export const LEVEL_STYLES: Record<Level, string> = {
  A: "bg-brand-700 text-white dark:bg-brand-300 dark:text-slate-950",
  R: "bg-brand-100 text-brand-800 dark:bg-brand-800 dark:text-white",
  C: "bg-slate-100 text-slate-800 dark:bg-slate-700 dark:text-white",
  I: "border border-slate-400 bg-white text-slate-800 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100",
};

/**
 * One cell of a who-does-what matrix: the level's letter at a glance, and the words one click
 * away in a <details>, which opens without JavaScript.
 */
export function RaciCell({ level, label, differs = false, children }: { level: Level; label: string; differs?: boolean; children: ReactNode }) {
  return (
    <details className="raci">
      <summary className={`inline-flex min-w-8 cursor-pointer list-none items-center justify-center rounded px-1.5 py-0.5 font-bold ${LEVEL_STYLES[level]}`}>
        <span aria-hidden="true">{level}</span>
        {differs && <span aria-hidden="true">*</span>}
        <span className="sr-only">
          {LEVELS[level].name}
          {differs ? ", sources differ" : ""}: {label}
        </span>
      </summary>
      <div className="mt-2 w-64 max-w-[70vw] text-sm font-normal">{children}</div>
    </details>
  );
}
