import Link from "next/link";
import type { SearchHit } from "@/lib/search";

export function SearchResults({ query, hits }: { query: string; hits: readonly SearchHit[] }) {
  if (!query.trim()) return <p className="mt-6">Type a role, an abbreviation such as PO or DM, or a task such as &ldquo;backlog&rdquo;.</p>;
  return (
    <section aria-labelledby="results-heading" className="mt-6">
      <h2 id="results-heading" className="text-xl font-semibold" aria-live="polite">
        {hits.length ? `${hits.length} result${hits.length === 1 ? "" : "s"} for “${query}”` : `No results for “${query}”`}
      </h2>
      <ol className="mt-4 space-y-4">
        {hits.map((h) => (
          <li key={h.id}>
            <Link href={h.url} className="text-lg font-semibold">
              {h.title}
            </Link>
            <p className="text-sm text-slate-700 dark:text-slate-300">{h.kind === "role" ? "Role" : `Responsibility of the ${h.role}`}</p>
            <p className="mt-1 max-w-prose">{h.summary}</p>
          </li>
        ))}
      </ol>
      {!hits.length && (
        <p className="mt-4">
          Try a shorter word, or <Link href="/roles">browse all roles</Link>.
        </p>
      )}
    </section>
  );
}
