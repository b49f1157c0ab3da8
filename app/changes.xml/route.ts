import { getSiteChanges, historyNotice } from "@/lib/model/changes";
import { SITE_NAME } from "@/lib/site/config";
import { changesFeed } from "@/lib/site/feed";
import { absoluteUrl } from "@/lib/site/metadata";

// Written once at build time. The build renders it once, so it says here, in one line, when the content has no history.
export const dynamic = "force-static";

export function GET() {
  const notice = historyNotice();
  if (notice) console.log(notice);
  return new Response(changesFeed(getSiteChanges(), SITE_NAME, absoluteUrl), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
