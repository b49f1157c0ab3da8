import { allPairs } from "./compare";
import type { ContentModel } from "./model";
import { compareUrl, pairSlug } from "./routes";

/*
 * Which comparison pages and preview images the build writes: the one place that decides, used
 * by the pair page, its preview image route and the export check. A comparison page costs Next
 * about 55 ms of CPU to render on this project's two-core machine, so which pairs a large site
 * builds decides whether the build stays linear in the number of roles.
 */

/** Up to this many roles the build writes every ordered pair (40 roles make 1,560 pages). */
export const SMALL_SITE_ROLES = 40;
const isSmall = (model: ContentModel) => model.roles.length <= SMALL_SITE_ROLES;

/**
 * Every ordered pair while the site is small, so either order reads with its own columns. Above
 * that the pairs grow with the square of the roles, so only curated comparisons are built (in
 * both orders); the 404 page draws any other pair from the two roles' data files (components/islands).
 */
export function builtPairs(model: ContentModel): [string, string][] {
  if (isSmall(model)) return allPairs(model);
  const curated = model.comparisons.flatMap((c): [string, string][] => [c.roles, [c.roles[1], c.roles[0]]]);
  // A static export needs at least one page per route, so a large site without curated comparisons builds its first pair.
  return curated.length ? curated : allPairs(model).slice(0, 1);
}

const PREVIEW = { width: 1200, height: 630, type: "image/png" } as const;
const pairPreviewUrl = (a: string, b: string) => `${compareUrl(a, b)}/preview.png`;

/** The preview image for a comparison page's metadata: every built pair has its own (a role's is its opengraph-image file). */
export const pairPreviewImage = (a: string, b: string) => ({ url: pairPreviewUrl(a, b), alt: "Team Roles: two roles compared", ...PREVIEW });

export const asPairParams = (pairs: readonly [string, string][]) => pairs.map(([a, b]) => ({ pair: pairSlug(a, b) }));
