import { SEARCH_INDEX } from "./routes";
import { type SearchHit, loadIndex, runSearch } from "./search";

/*
 * The browser side of search: loaded with a dynamic import the first time someone uses the
 * search box, so pages where nobody searches never download MiniSearch or the index.
 */

let index: Promise<ReturnType<typeof loadIndex>> | undefined;

function getIndex() {
  index ??= fetch(SEARCH_INDEX)
    .then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.text();
    })
    .then(loadIndex)
    .catch((e: unknown) => {
      index = undefined;
      throw e;
    });
  return index;
}

export async function search(query: string, limit?: number): Promise<SearchHit[]> {
  return runSearch(await getIndex(), query, limit);
}

/** Starts fetching the index as soon as someone reaches for the search box. */
export function preload(): void {
  getIndex().catch(() => {});
}
