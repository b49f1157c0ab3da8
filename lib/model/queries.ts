import { getModel } from "../content/load";
import type { Role } from "../content/schema";
import { rolesByFamily } from "../responsibilities/map";

/*
 * The getters pages call, each over the validated model that lib/content/load.ts loads once per
 * build. Pure functions that take the model (comparisons, ladders, the responsibility map)
 * live in their own modules; pages pass them getModel().
 */

// Every role page looks roles up by slug; a scan of every role per lookup would make the build
// grow with the square of the roles. Keyed by the model, so `next dev`'s fresh model gets fresh maps.
const slugMaps = new WeakMap<object, { roles: Map<string, Role>; titles: Map<string, string> }>();
function bySlug() {
  const model = getModel();
  let maps = slugMaps.get(model);
  if (!maps) slugMaps.set(model, (maps = { roles: new Map(model.roles.map((r) => [r.slug, r])), titles: new Map(model.roles.map((r) => [r.slug, r.title])) }));
  return maps;
}

export const getRole = (slug: string): Role | undefined => bySlug().roles.get(slug);

/** Each role's title by slug; the map is shared, so do not change it. */
export const getRoleTitles = (): ReadonlyMap<string, string> => bySlug().titles;

/** Families in their display order, each with its roles, skipping empty families. */
export const getFamilies = () => rolesByFamily(getModel().roles);

export { getModel };

export const getArea = (slug: string) => getModel().areas.find((a) => a.slug === slug);
export const getTeam = (slug: string) => getModel().teams.find((t) => t.slug === slug);

export function getLadder(slug: string) {
  return getModel().ladders.find((l) => l.slug === slug);
}
