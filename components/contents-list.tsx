import { typedKeys } from "@/lib/content/typed";

type Heading = { id: string; heading: string };

/** A page's contents: any sections of its own first, then its standard sections in page order, less those `present` marks false. */
export function ContentsList<K extends string>({
  sections,
  present = {},
  first = [],
}: {
  sections: Record<K, Heading>;
  present?: Partial<Record<K, boolean>>;
  first?: readonly Heading[];
}) {
  const entries = [...first, ...typedKeys(sections).flatMap((k) => (present[k] === false ? [] : [sections[k]]))];
  return (
    <nav aria-labelledby="contents-heading" className="no-print my-6 rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
      <h2 id="contents-heading" className="text-base font-semibold">
        Contents
      </h2>
      <ol className="mt-2 grid list-inside list-decimal gap-1 sm:grid-cols-2">
        {entries.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`}>{e.heading}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
