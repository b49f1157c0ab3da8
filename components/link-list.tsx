const LOOKS = {
  list: { list: "list-disc space-y-1 pl-5", link: undefined },
  pills: { list: "flex flex-wrap gap-3", link: "inline-block rounded-full border border-slate-300 px-3 py-1 dark:border-slate-600" },
  nav: { list: "flex flex-wrap gap-x-5 gap-y-1", link: "font-medium" },
} as const;

/** A list of links: bulleted with any note written after each link, as pills, or as the header's navigation. */
export function LinkList({ links, look = "list" }: { links: readonly { href: string; label: string; note?: string }[]; look?: keyof typeof LOOKS }) {
  return (
    <ul className={LOOKS[look].list}>
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href} className={LOOKS[look].link}>
            {l.label}
          </a>
          {l.note}
        </li>
      ))}
    </ul>
  );
}

/** Links within a sentence: `between` between each two, and `last` before the last one. */
export function InlineLinks({ links, between = ", ", last = between }: { links: readonly { href: string; label: string }[]; between?: string; last?: string }) {
  return links.map((l, i) => (
    <span key={l.href}>
      {i > 0 && (i === links.length - 1 ? last : between)}
      <a href={l.href}>{l.label}</a>
    </span>
  ));
}
