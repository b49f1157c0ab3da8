import { SearchResults } from "@/components/search-results";
import { getModel } from "@/lib/queries";
import { buildIndex, runSearch, searchDocs } from "@/lib/search";
import { SearchForm } from "./search-page";

export { metadata } from "./search-page";

let index: ReturnType<typeof buildIndex> | undefined;

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  index ??= buildIndex(searchDocs(getModel()));
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Search</h1>
      <SearchForm query={query} />
      <SearchResults query={query} hits={runSearch(index, query, 30)} />
    </>
  );
}
