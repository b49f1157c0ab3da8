import { getModel } from "@/lib/model/queries";
import { siteSearchIndex } from "@/lib/site/search-docs";

// Written once at build time (and as a file in the static export); the search box fetches it only when used.
export const dynamic = "force-static";

export function GET() {
  return new Response(JSON.stringify(siteSearchIndex(getModel())), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
