import type { ContentModel } from "@/lib/model";
import { allPairs, prerenderedPairs } from "@/lib/queries";
import { compareUrl } from "@/lib/site";

/**
 * Every ordered pair while the roles are few (40 roles make 1,560 pages); above that the pairs
 * grow with the square of the roles, so only curated and related pairs are built.
 */
export const BUILD_ALL_PAIRS_UP_TO = 40;

export function builtPairs(model: ContentModel): { pair: string }[] {
  const pairs = model.roles.length <= BUILD_ALL_PAIRS_UP_TO ? allPairs(model) : prerenderedPairs(model);
  return pairs.map(([a, b]) => ({ pair: `${a}-vs-${b}` }));
}

/**
 * Pairs with a preview image of their own. Rendering a PNG costs far more than a page, so at
 * scale only curated comparisons have one; other pairs share the site's preview image.
 */
export function previewPairs(model: ContentModel): { pair: string }[] {
  if (model.roles.length <= BUILD_ALL_PAIRS_UP_TO) return builtPairs(model);
  return model.comparisons.flatMap((c) => [{ pair: `${c.roles[0]}-vs-${c.roles[1]}` }, { pair: `${c.roles[1]}-vs-${c.roles[0]}` }]);
}

export const PREVIEW = { width: 1200, height: 630, type: "image/png" } as const;

/** The preview image for a comparison page's metadata. */
export function previewImage(model: ContentModel, a: string, b: string) {
  const pair = `${a}-vs-${b}`;
  const own = previewPairs(model).some((p) => p.pair === pair);
  return own
    ? { url: `${compareUrl(a, b)}/preview.png`, alt: "Team Roles: two roles compared", ...PREVIEW }
    : { url: "/opengraph-image", alt: "Team Roles: who does what in a product team", ...PREVIEW };
}
