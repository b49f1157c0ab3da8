import type { Metadata } from "next";

/* Shared by page.server.tsx (results rendered on the server) and page.export.tsx (results in the browser). */

export const metadata: Metadata = {
  title: "Search",
  description: "Search roles, their abbreviations and their responsibilities.",
  alternates: { canonical: "/search" },
  robots: { index: false },
};

export function SearchForm({ query }: { query: string }) {
  return (
    <form action="/search" method="get" role="search" aria-label="Search page" className="mt-6 flex max-w-xl gap-2">
      <label htmlFor="search-page-q" className="sr-only">
        Search roles and responsibilities
      </label>
      <input
        id="search-page-q"
        name="q"
        type="search"
        defaultValue={query}
        className="w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100"
      />
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Search
      </button>
    </form>
  );
}
