import type { Source } from "@/lib/content/schema";

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {sources.map((s) => (
        <li key={s.title}>{s.url ? <a href={s.url}>{s.title}</a> : <span>{s.title}</span>}</li>
      ))}
    </ul>
  );
}
