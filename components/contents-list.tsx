export function ContentsList({ entries }: { entries: readonly { id: string; label: string }[] }) {
  return (
    <nav aria-labelledby="contents-heading" className="no-print my-6 rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
      <h2 id="contents-heading" className="text-base font-semibold">
        Contents
      </h2>
      <ol className="mt-2 grid list-inside list-decimal gap-1 sm:grid-cols-2">
        {entries.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`}>{e.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
