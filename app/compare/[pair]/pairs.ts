import type { ContentModel } from "@/lib/model";
import { allPairs, prerenderedPairs } from "@/lib/compare";

/**
 * Every ordered pair while the roles are few (40 roles make 1,560 pages); above that the pairs
 * grow with the square of the roles, so only curated and related pairs are built.
 */
export const BUILD_ALL_PAIRS_UP_TO = 40;

export function builtPairs(model: ContentModel): { pair: string }[] {
  const pairs = model.roles.length <= BUILD_ALL_PAIRS_UP_TO ? allPairs(model) : prerenderedPairs(model);
  return pairs.map(([a, b]) => ({ pair: `${a}-vs-${b}` }));
}
