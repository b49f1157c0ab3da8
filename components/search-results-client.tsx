"use client";

import { useEffect, useState } from "react";
import type { SearchHit } from "@/lib/search";
import { SearchResults } from "./search-results";

/** For the static export, where no server can read ?q=: the browser runs the same search. */
export function SearchResultsClient() {
  const [state, setState] = useState<{ query: string; hits: SearchHit[] }>({ query: "", hits: [] });
  useEffect(() => {
    const query = new URLSearchParams(window.location.search).get("q") ?? "";
    void import("@/lib/search-client").then((m) => m.search(query, 30)).then((hits) => setState({ query, hits }));
  }, []);
  return <SearchResults query={state.query} hits={state.hits} />;
}
