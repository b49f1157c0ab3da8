import type { MetadataRoute } from "next";
import { getModel } from "@/lib/queries";
import { SITE_URL } from "@/lib/site";
import { COMPARE, LADDERS, RESPONSIBILITIES, ROLES, TEAMS, YOUR_TEAM, areaUrl, compareUrl, ladderUrl, roleUrl, teamUrl } from "@/lib/routes";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const { roles, comparisons, ladders, areas, teams } = getModel();
  const latest = roles
    .map((r) => r.updated)
    .sort()
    .at(-1);
  const entry = (path: string, lastModified?: string) => ({ url: `${SITE_URL}${path}`, ...(lastModified ? { lastModified } : {}) });
  return [
    entry("/", latest),
    entry(ROLES, latest),
    entry(COMPARE),
    entry("/compare/who-does-what", latest),
    entry(LADDERS),
    ...roles.map((r) => entry(roleUrl(r.slug), r.updated)),
    ...comparisons.map((c) => entry(compareUrl(c.roles[0], c.roles[1]), c.updated)),
    ...ladders.map((l) => entry(ladderUrl(l.slug), l.updated)),
    entry(RESPONSIBILITIES, latest),
    ...areas.map((a) => entry(areaUrl(a.slug), a.updated)),
    entry(TEAMS, latest),
    entry(YOUR_TEAM),
    ...teams.map((t) => entry(teamUrl(t.slug), t.updated)),
  ];
}
