import type { ReactNode } from "react";
import type { GrowthLevel, Item } from "@/lib/content/schema";
import { AnchorHeading } from "./anchor-heading";
import { ItemList } from "./item-list";

/** Skills by level, drawn as numbered steps so the path reads from first to last. */
export function GrowthPath({ levels, meta }: { levels: readonly GrowthLevel[]; meta?: (skill: Item) => ReactNode }) {
  return (
    <ol className="space-y-2 border-l-4 border-brand-200 pl-5 dark:border-brand-800">
      {levels.map((level, i) => (
        <li key={level.id}>
          <AnchorHeading id={level.id} level={3}>
            <span className="mr-2 inline-flex h-7 w-7 items-center justify-center rounded-full bg-brand-700 text-sm text-white" aria-hidden="true">
              {i + 1}
            </span>
            {level.level}
          </AnchorHeading>
          <ItemList items={level.skills} anchorLabel="skill" meta={meta} />
        </li>
      ))}
    </ol>
  );
}
