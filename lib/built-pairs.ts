import { allPairs } from "./compare";
import type { ContentModel } from "./model";
import { compareUrl, pairSlug } from "./routes";

/*
 * Which comparison pages and preview images the build writes: the one place that decides, used
 * by the pair page, its preview image route and the export check.
 */

/**
 * Every ordered pair while the roles are few (40 roles make 1,560 pages), so either order reads
 * with its own columns. Above that the pairs grow with the square of the roles and each page
 * costs the build as much as a role's, so only curated comparisons are built (in both orders);
 * the 404 page draws any other pair from the two roles' data files (components/islands).
 */
export const BUILD_ALL_PAIRS_UP_TO = 40;

export function builtPairs(model: ContentModel): [string, string][] {
  return model.roles.length <= BUILD_ALL_PAIRS_UP_TO ? allPairs(model) : curatedPairs(model);
}

const curatedPairs = (model: ContentModel) => model.comparisons.flatMap((c): [string, string][] => [c.roles, [c.roles[1], c.roles[0]]]);

/**
 * Pairs with a preview image of their own. Rendering a PNG costs far more than a page, so at
 * scale only curated comparisons have one; other pairs share the site's preview image.
 */
export function previewPairs(model: ContentModel): [string, string][] {
  return builtPairs(model);
}

export const PREVIEW = { width: 1200, height: 630, type: "image/png" } as const;
export const previewUrl = (a: string, b: string) => `${compareUrl(a, b)}/preview.png`;

/** The preview image for a comparison page's metadata. */
export function previewImage(model: ContentModel, a: string, b: string) {
  const own = previewPairs(model).some(([x, y]) => x === a && y === b);
  return own
    ? { url: previewUrl(a, b), alt: "Team Roles: two roles compared", ...PREVIEW }
    : { url: "/opengraph-image", alt: "Team Roles: who does what in a product team", ...PREVIEW };
}

export const asPairParams = (pairs: readonly [string, string][]) => pairs.map(([a, b]) => ({ pair: pairSlug(a, b) }));
