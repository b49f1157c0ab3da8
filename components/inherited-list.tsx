import { roleItemUrl } from "@/lib/site/routes";

/** The responsibilities a role takes on in full from a role it builds on, folded away by default. */
export function InheritedList({ from, items }: { from: { slug: string; title: string }; items: readonly { id: string; title: string }[] }) {
  return (
    <details className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <summary className="cursor-pointer font-semibold">
        Included from {from.title} ({items.length})
      </summary>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {items.map((r) => (
          <li key={r.id}>
            <a href={roleItemUrl(from.slug, r.id)}>{r.title}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
