import type { Metadata } from "next";
import { Island } from "@/components/island";
import { SearchInput } from "@/components/search-box";
import { SEARCH_HINT } from "@/components/islands/lib/search-results-html";
import { SEARCH } from "@/lib/site/routes";

export const metadata: Metadata = {
  title: "Search",
  description: "Search roles, responsibilities, areas of work, team shapes, comparisons and career ladders, or ask who owns a piece of work.",
  alternates: { canonical: SEARCH },
  robots: { index: false },
};

/*
 * One static page for every query. The results go into #search-results: our server writes
 * them there for ?q= (so search works without JavaScript), and the search-results island
 * fills them in on a static host that cannot.
 */
export default function SearchPage() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Search</h1>
      <form action={SEARCH} method="get" role="search" aria-label="Search page" className="mt-6 flex max-w-xl gap-2">
        <SearchInput
          id="search-page-q"
          type="search"
          className="w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100"
        />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Search
        </button>
      </form>
      <p className="mt-3 max-w-prose text-sm text-slate-700 dark:text-slate-300">
        Results come in this order: when you name two roles (“PM vs PO”), their comparison; a page named exactly what you typed; for a “who” question, the area
        of work that rules on who is accountable; then the rest, best match first.
      </p>
      <div id="search-results">
        <p className="mt-6">{SEARCH_HINT}</p>
      </div>
      <Island name="search-results" />
    </>
  );
}
