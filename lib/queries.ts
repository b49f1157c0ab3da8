import { getModel } from "./content";
import { findRole, inheritedResponsibilities, rolesByFamily } from "./model";
import { FAMILIES, type Family, type Role } from "./schema";
import { typedKeys } from "./typed";

/*
 * The getters pages call, each over the validated model that lib/content.ts loads once per
 * build. Pure functions that take the model (comparisons, ladders, the responsibility map)
 * live in their own modules; pages pass them getModel().
 */

export const getRoles = (): Role[] => getModel().roles;

export function getRole(slug: string): Role | undefined {
  return getModel().roles.find((r) => r.slug === slug);
}

/** A role by slug, title or alias (PO, DM, APM…), for search and redirects. */
export const lookupRole = (name: string): Role | undefined => findRole(getModel(), name);

export function getRoleTitles(): Map<string, string> {
  return new Map(getModel().roles.map((r) => [r.slug, r.title]));
}

/** Families in their display order, each with its roles, skipping empty families. */
export function getFamilies(): { family: Family; label: string; roles: Role[] }[] {
  const grouped = rolesByFamily(getModel().roles);
  return typedKeys(FAMILIES).flatMap((family) => {
    const roles = grouped.get(family);
    return roles ? [{ family, label: FAMILIES[family], roles }] : [];
  });
}

export function getInherited(role: Role) {
  return inheritedResponsibilities(getModel(), role);
}

export { getModel };

export const getArea = (slug: string) => getModel().areas.find((a) => a.slug === slug);
export const getTeam = (slug: string) => getModel().teams.find((t) => t.slug === slug);

export function getLadder(slug: string) {
  return getModel().ladders.find((l) => l.slug === slug);
}
