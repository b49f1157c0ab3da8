import { levelClass } from "@/lib/responsibilities/raci";
import type { ReactNode } from "react";
import { LEVELS, type Level } from "@/lib/content/schema";

/**
 * One cell of a who-does-what matrix: the level's letter at a glance, and the words one click
 * away in a <details>, which opens without JavaScript.
 */
export function RaciCell({ level, label, differs = false, children }: { level: Level; label: string; differs?: boolean; children: ReactNode }) {
  return (
    <details className="raci">
      <summary className={`min-w-8 cursor-pointer justify-center py-0.5 ${levelClass(level)}`}>
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
