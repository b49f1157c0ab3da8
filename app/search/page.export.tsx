import { SearchResultsClient } from "@/components/search-results-client";
import { SearchForm } from "./search-page";

export { metadata } from "./search-page";

export default function SearchPage() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Search</h1>
      <SearchForm query="" />
      <SearchResultsClient />
    </>
  );
}
