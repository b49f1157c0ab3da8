import { getModel } from "@/lib/model/queries";
import { buildIndex, searchDocs } from "@/lib/site/search";

// Written once at build time (and as a file in the static export); the search box fetches it only when used.
export const dynamic = "force-static";

export function GET() {
  return new Response(JSON.stringify(buildIndex(searchDocs(getModel()))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
