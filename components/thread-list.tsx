import type { Thread } from "@/lib/model/threads";
import { roleItemUrl } from "@/lib/site/routes";

/** A ladder's threads: each one line of work, step by step from the lowest rung up, with its own anchor. */
export function ThreadList({ threads }: { threads: readonly Thread[] }) {
  return (
    <ul className="space-y-4">
      {threads.map((t) => (
        <li key={t.id} id={t.id} className="target-highlight scroll-mt-4">
          <h3 className="font-semibold">
            {t.steps[0]!.item.title} to {t.steps[t.steps.length - 1]!.item.title}
          </h3>
          <ol className="list-decimal pl-6">
            {t.steps.map((s) => (
              <li key={`${s.role.slug}#${s.item.id}`}>
                {s.role.title}: <a href={roleItemUrl(s.role.slug, s.item.id)}>{s.item.title}</a>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
