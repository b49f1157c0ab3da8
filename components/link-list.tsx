/** A plain bulleted list of links, with an optional note after each. */
export function LinkList({ links, pills = false }: { links: readonly { href: string; label: string; note?: string }[]; pills?: boolean }) {
  if (pills)
    return (
      <ul className="flex flex-wrap gap-3">
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href} className="inline-block rounded-full border border-slate-300 px-3 py-1 dark:border-slate-600">
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    );
  return (
    <ul className="list-disc space-y-1 pl-5">
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href}>{l.label}</a>
          {l.note && ` ${l.note}`}
        </li>
      ))}
    </ul>
  );
}
