import { searchResultsHtml } from "./lib/search-results-html";

/*
 * /search?q= on a static host: nothing can render the results per request, so the browser
 * runs the same search and writes the same HTML the server would. When the server already
 * wrote results for this query (data-query), there is nothing to do.
 */

export async function showSearchResults(container: HTMLElement, query: string, search: (q: string) => Promise<Parameters<typeof searchResultsHtml>[1]>) {
  const input = document.querySelector<HTMLInputElement>("#search-page-q");
  if (input && !input.value) input.value = query;
  if (!query.trim() || container.dataset.query === query) return;
  container.innerHTML = searchResultsHtml(query, await search(query));
  container.dataset.query = query;
}

const container = document.getElementById("search-results");
const query = new URLSearchParams(location.search).get("q") ?? "";
if (container && query) void showSearchResults(container, query.slice(0, 200), async (q) => (await import("@/lib/site/search-client")).search(q, 30));
