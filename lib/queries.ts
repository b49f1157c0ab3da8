import { getContent } from "./content";
import { type ContentModel, aliasSlugs, findRole, inheritedResponsibilities, rolesByFamily } from "./model";
import { FAMILIES, type Family, type Role } from "./schema";

/*
 * The getters pages call. Each reads the cached, validated model; none touches files.
 */

export const getRoles = (): Role[] => getContent().roles;

export function getRole(slug: string): Role | undefined {
  return getContent().roles.find((r) => r.slug === slug);
}

/** A role by slug, title or alias (PO, DM, APM…), for search and redirects. */
export const lookupRole = (name: string): Role | undefined => findRole(getContent(), name);

/** Where an alias address such as /roles/po should send the reader. */
export const getAliasTarget = (slug: string): string | undefined => aliasSlugs(getContent()).get(slug);

export const getAliasSlugs = (): string[] => [...aliasSlugs(getContent()).keys()];

export function getRoleTitles(): Map<string, string> {
  return new Map(getContent().roles.map((r) => [r.slug, r.title]));
}

/** Families in their display order, each with its roles, skipping empty families. */
export function getFamilies(): { family: Family; label: string; roles: Role[] }[] {
  const grouped = rolesByFamily(getContent().roles);
  return (Object.keys(FAMILIES) as Family[]).flatMap((family) => {
    const roles = grouped.get(family);
    return roles ? [{ family, label: FAMILIES[family], roles }] : [];
  });
}

export function getInherited(role: Role) {
  return inheritedResponsibilities(getContent(), role);
}

export const getModel = (): ContentModel => getContent();

export { comparePair, canonicalPair, splitPair, prerenderedPairs, allPairs, comparisonsFor, compareLinksFor, relatedPairs, whoDoesWhat } from "./compare";

export { ladderRungs, laddersFor } from "./ladder";

export { areaOverview, compareAreas, coverage, coverageConditions, matchingTeam, responsibilityMatrix, roleInTeams } from "./responsibility-map";

export const getArea = (slug: string) => getContent().areas.find((a) => a.slug === slug);
export const getTeam = (slug: string) => getContent().teams.find((t) => t.slug === slug);

export function getLadder(slug: string) {
  return getContent().ladders.find((l) => l.slug === slug);
}
