import type { ThreadStep } from "@/lib/model/threads";
import { roleItemUrl } from "@/lib/site/routes";

/** "Grows from …": the item on a lower rung that this one continues (a thread, lib/model/threads.ts). Its margin keeps its link 24px from the level tag's (axe target-size). */
export function GrowsFrom({ from }: { from: ThreadStep | undefined }) {
  if (!from) return null;
  return (
    <p className="mt-2 text-sm">
      Grows from <a href={roleItemUrl(from.role.slug, from.item.id)}>{from.item.title}</a> ({from.role.title})
    </p>
  );
}
