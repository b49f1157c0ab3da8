import { allPairs, canonicalPair } from "../model/compare";
import type { ContentModel } from "../model/types";
import * as route from "./routes";
import { SITE_NAME } from "./config";

/*
 * The page registry: every page and file the build writes, with its address and whether the
 * sitemap lists it. Each dynamic route's generateStaticParams, the sitemap, the export check, the
 * accessibility tests and the Lighthouse script read this one list, so a page added here is
 * built, listed and checked everywhere. lib/site/routes.ts spells the addresses.
 */

/** Up to this many roles the build writes every ordered pair (40 roles make 1,560 pages). */
export const SMALL_SITE_ROLES = 40;

/** Whether the build writes a comparison page for every pair of roles, not only the curated ones. */
export const buildsEveryPair = (model: Pick<ContentModel, "roles">) => model.roles.length <= SMALL_SITE_ROLES;

/**
 * Which comparison pages the build writes. A comparison page costs Next about 55 ms of CPU on two
 * cores, so this decides whether the build stays linear in the roles: every ordered pair while
 * the site is small, so either order reads with its own columns; above that only curated
 * comparisons (in both orders), and the 404 page draws any other pair from the two roles' data
 * files (components/islands).
 */
export function builtPairs(model: ContentModel): [string, string][] {
  if (buildsEveryPair(model)) return allPairs(model);
  const curated = model.comparisons.flatMap((c): [string, string][] => [c.roles, [c.roles[1], c.roles[0]]]);
  // A static export needs at least one page per route, so a large site without curated comparisons builds its first pair.
  return curated.length ? curated : allPairs(model).slice(0, 1);
}

/**
 * A route's parameters when the content has nothing for it. Next's static export refuses a dynamic
 * route that generates no page, so a site with no ladder (or team shape, or comparison) would not
 * build; such a route renders this one placeholder, which is not a slug (slugs have no "_"), as a
 * 404, and the finishing step (scripts/finish-export.ts) deletes what it wrote.
 */
export const NO_PAGE = "_none";
const atLeastOne = <K extends string>(key: K, values: string[]): Record<K, string>[] =>
  (values.length ? values : [NO_PAGE]).map((v) => ({ [key]: v }) as Record<K, string>);

const slugs = (docs: readonly { slug: string }[]) => docs.map((d) => d.slug);

/** Each dynamic route's parameters, for its generateStaticParams. */
export const pageParams = {
  role: (m: ContentModel) => atLeastOne("slug", slugs(m.roles)),
  pair: (m: ContentModel) =>
    atLeastOne(
      "pair",
      builtPairs(m).map((pair) => route.pairSlug(...pair)),
    ),
  pairPreview: (m: ContentModel) =>
    atLeastOne(
      "pair",
      previewPairs(m).map((pair) => route.pairSlug(...pair)),
    ),
  ladder: (m: ContentModel) => atLeastOne("slug", slugs(m.ladders)),
  selfCheck: (m: ContentModel) => {
    const rungs = m.ladders.flatMap((l) => l.rungs.map((rung) => ({ slug: l.slug, rung })));
    return rungs.length ? rungs : [{ slug: NO_PAGE, rung: NO_PAGE }];
  },
  area: (m: ContentModel) => atLeastOne("area", slugs(m.areas)),
  team: (m: ContentModel) => atLeastOne("slug", slugs(m.teams)),
  roleData: (m: ContentModel) => atLeastOne("file", slugs(m.roles).map(route.roleDataFile)),
  teamCsv: (m: ContentModel) => atLeastOne("file", slugs(m.teams).map(route.teamCsvFile)),
};

/** Every HTML page the build writes (alias redirect pages aside: lib/site/redirects.ts). */
export function builtPages(model: ContentModel) {
  const latest = model.roles
    .map((r) => r.updated)
    .sort()
    .at(-1);
  // `updated`: when its facts last changed, for the sitemap; `inSitemap`: every page a search engine should index.
  const page = <K extends string>(kind: K, path: string, updated?: string, inSitemap = true) => ({ kind, path, updated, inSitemap });
  // An internal page (built only for the internal audience) is marked noindex, so no sitemap lists it.
  const listed = (item: { visibility: string }) => item.visibility !== "internal";
  // The sitemap lists each curated comparison once, in the order its file gives.
  const curated = new Map(model.comparisons.map((c) => [route.compareUrl(c.roles[0], c.roles[1]), c.updated]));
  return [
    page("home", route.HOME, latest),
    page("roles", route.ROLES, latest),
    ...model.roles.map((r) => page("role", route.roleUrl(r.slug), r.updated, listed(r))),
    page("compare", route.COMPARE),
    page("who-does-what", route.WHO_DOES_WHAT_IN_SCRUM, latest),
    ...builtPairs(model).map(([a, b]) => {
      const path = route.compareUrl(a, b);
      const comparison = model.comparisons.find((c) => route.compareUrl(c.roles[0], c.roles[1]) === path);
      return page("pair", path, curated.get(path), Boolean(comparison && listed(comparison)));
    }),
    page("ladders", route.LADDERS),
    ...model.ladders.map((l) => page("ladder", route.ladderUrl(l.slug), l.updated, listed(l))),
    // A tool rather than a page to find: like search, not listed in the sitemap.
    ...model.ladders.flatMap((l) => l.rungs.map((rung) => page("self-check", route.selfCheckUrl(l.slug, rung), undefined, false))),
    page("responsibilities", route.RESPONSIBILITIES, latest),
    ...model.areas.map((a) => page("area", route.areaUrl(a.slug), a.updated, listed(a))),
    page("teams", route.TEAMS, latest),
    page("your-team", route.YOUR_TEAM),
    // A tool, like "your team"; its state is in the address.
    page("what-if", route.WHAT_IF, undefined, false),
    ...model.teams.map((t) => page("team", route.teamUrl(t.slug), t.updated, listed(t))),
    page("changes", route.CHANGES, latest),
    page("search", route.SEARCH, undefined, false),
    page("not-found", route.NOT_FOUND, undefined, false),
  ];
}

export type PageKind = ReturnType<typeof builtPages>[number]["kind"];

/** Every other file the build writes: data, previews, the search index, the sitemap (islands aside: scripts/islands.ts). */
export function builtFiles(model: ContentModel): string[] {
  return [
    route.SEARCH_INDEX,
    route.OPEN_DATA,
    route.OPEN_DATA_SCHEMA,
    ...model.roles.map((r) => route.roleDataUrl(r.slug)),
    route.SITEMAP,
    route.ROBOTS,
    route.REDIRECTS,
    route.YOUR_TEAM_CSS,
    route.WHAT_IF_CSS,
    route.SELF_CHECK_CSS,
    route.SITE_CSS,
    route.RESPONSIBILITIES_CSV,
    ...model.teams.map((t) => route.teamCsvUrl(t.slug)),
    route.CHANGES_FEED,
    route.previewImageUrl(route.HOME),
    ...model.roles.map((r) => route.previewImageUrl(route.roleUrl(r.slug))),
    ...model.ladders.map((l) => route.previewImageUrl(route.ladderUrl(l.slug))),
    ...previewPairs(model).map(([a, b]) => route.pairPreviewUrl(a, b)),
  ];
}

/**
 * The pairs with a preview image: each built pair once, in its canonical order (the curated
 * comparison's, or alphabetical), whose image the page in either order shows, as its canonical
 * address is that order's too. An image costs about as much to draw as a page to render, so this
 * halves the cost of the previews of a small site, which builds every ordered pair.
 */
export const previewPairs = (model: ContentModel) => builtPairs(model).filter(([a, b]) => canonicalPair(model, a, b)[0] === a);

const PREVIEW = { width: 1200, height: 630, type: "image/png" } as const;

/** The preview image for a comparison page's metadata, in either order: the pair's one image (previewPairs; a role's is its opengraph-image file). */
export const pairPreviewImage = (model: Pick<ContentModel, "comparisons">, a: string, b: string) => ({
  url: route.pairPreviewUrl(...canonicalPair(model, a, b)),
  alt: `${SITE_NAME}: two roles compared`,
  ...PREVIEW,
});
