import type { RoleData } from "./json-schema";
import { PAIR_ROW_PREFIXES } from "../content/comparison-sections";
import { isLevel, levelsByArea } from "../responsibilities/raci";
import { COMPARE, compareUrl, roleItemUrl, roleUrl } from "./routes";
import type { Level } from "../content/schema";
import { typedKeys } from "../content/typed";
import { DIMENSIONS, SCRUM_ACTIVITIES, SLUG_PATTERN } from "../content/vocabulary";

/*
 * A pair the build did not write (above 40 roles most pairs are not built) is compared in the
 * browser from the two roles' data files. The server side writes each file (roleData in
 * lib/site/json-schema.ts); the 404 page's island checks what it fetched (isRoleData) and asks
 * comparePairData what to show, so the rule is type-checked and unit-tested here. No zod and no model at run time: this module
 * is bundled into an island's lazily loaded chunk.
 */

/*
 * The check of a fetched data file, written as a shape: zod would be the one schema here too, but
 * even zod/mini adds more than 4 KB gzipped to this island's chunk (its budget is 3 KB). So this
 * shape restates roleDataSchema's types, slugs and levels (not its lengths and wording rules), and
 * tests/pair-on-404.test.ts holds the two together: every sample one accepts, the other must too.
 */
type Check = (v: unknown) => boolean;
const text: Check = (v) => typeof v === "string";
const slugText: Check = (v) => text(v) && SLUG_PATTERN.test(v as string);
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    values.includes(v as string);
const list =
  (item: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(item);
const fields =
  (shape: Record<string, Check>): Check =>
  (v) =>
    typeof v === "object" && v !== null && !Array.isArray(v) && Object.entries(shape).every(([k, check]) => check((v as Record<string, unknown>)[k]));
const item = { id: slugText, title: text };
// A level per team shape; left out, the schema's default (none) applies.
const inTeams: Check = (v) =>
  v === undefined || (fields({})(v) && Object.entries(v as Record<string, unknown>).every(([team, level]) => slugText(team) && isLevel(level)));
const roleDataFile = fields({
  slug: slugText,
  title: text,
  summary: text,
  // Left out, the schema's default (no aliases) applies.
  aliases: (v) => v === undefined || list(text)(v),
  dimensions: fields(Object.fromEntries(typedKeys(DIMENSIONS).map((d) => [d, text]))),
  responsibilities: list(fields({ ...item, area: slugText, level: isLevel, inTeams })),
  growth: list(fields({ id: slugText, level: text, skills: list(fields(item)) })),
  scrum: list(fields({ activity: oneOf(typedKeys(SCRUM_ACTIVITIES)), level: isLevel, inTeams })),
  worksWith: list(slugText),
  areas: list(fields({ slug: slugText, title: text, order: (v) => typeof v === "number" })),
});

/**
 * Whether a fetched document is the data file of this role. A host that answers a missing file
 * with its 404 page, or an older file, fails here and the 404 page keeps its suggestions.
 */
export const isRoleData = (value: unknown, slug: string): value is RoleData => roleDataFile(value) && (value as RoleData).slug === slug;

/** What the 404 page shows for a pair that was not built: the same dimensions and areas the built page lines up. */
export function comparePairData(a: RoleData, b: RoleData) {
  // One role's part in an area: its level (the strongest of its items there) and the items, each linking to its anchor on the role's page.
  const areaCell = (role: RoleData, area: string, level: Level | undefined) =>
    level && {
      level,
      items: role.responsibilities.filter((r) => r.area === area).map((r) => ({ title: r.title, level: r.level, href: roleItemUrl(role.slug, r.id) })),
    };
  const la = levelsByArea(a.responsibilities);
  const lb = levelsByArea(b.responsibilities);
  const areas = new Map([...a.areas, ...b.areas].map((x) => [x.slug, x]));
  const role = (r: RoleData) => ({ title: r.title, href: roleUrl(r.slug) });
  return {
    // "A vs B", the page's heading and the start of its title.
    title: `${a.title} vs ${b.title}`,
    roles: [role(a), role(b)] as const,
    // The same pair with the columns the other way round.
    swapHref: compareUrl(b.slug, a.slug),
    compareHref: COMPARE,
    dimensions: typedKeys(DIMENSIONS).map((d) => ({
      id: `${PAIR_ROW_PREFIXES.dimension}${d}`,
      label: DIMENSIONS[d],
      cells: [a.dimensions[d], b.dimensions[d]] as const,
    })),
    // Every area either role works in, in the areas' order.
    areas: [...areas.values()]
      .sort((x, y) => x.order - y.order)
      .map((area) => ({
        id: `${PAIR_ROW_PREFIXES.area}${area.slug}`,
        title: area.title,
        cells: [areaCell(a, area.slug, la.get(area.slug)), areaCell(b, area.slug, lb.get(area.slug))] as const,
      })),
  };
}

export type PairView = ReturnType<typeof comparePairData>;
export type PairAreaCell = NonNullable<PairView["areas"][number]["cells"][number]>;
