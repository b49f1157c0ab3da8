import { slugify } from "../content/markdown";
import { PAIR_ROW_PREFIXES } from "../content/comparison-sections";
import type { ContentModel } from "./types";
import { buildsOnChain } from "./link";
import { alphabeticalPair, pairSlug, splitPairSlug } from "../site/routes";
import { type Comparison, type ComparisonSection, type Item, type Role, SCRUM_ACTIVITIES } from "../content/schema";
import { typedKeys } from "../content/typed";

/*
 * Lines any two roles up on the same dimensions. Pure: the model and two slugs in, the
 * comparison out, with columns in the order asked for.
 */

/** The two role slugs in a pair address, if both are roles. */
export function splitPair(model: ContentModel, pair: string): [string, string] | undefined {
  const slugs = new Set(model.roles.map((r) => r.slug));
  return splitPairSlug(pair, (s) => slugs.has(s));
}

const STOP = new Set(["and", "the", "for", "with", "of", "to", "a", "an", "in", "on", "by", "its", "their"]);
// A crude stemmer is enough here: it only has to make "managing" and "management" meet.
const stem = (w: string) => w.replace(/(ements?|ments?|ings?|ions?|es|s)$/, "").replace(/e$/, "");
const keywords = (title: string) =>
  new Set(
    slugify(title)
      .split("-")
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map(stem),
  );

/** A role's part in a Scrum event or artefact: its level (and its levels in team shapes) and what it does there (HTML). */
const scrumCell = (role: Role, activity: string) => {
  const part = role.scrum.find((s) => s.activity === activity);
  return part && { level: part.level, inTeams: part.inTeams, html: part.html };
};
type ScrumCell = ReturnType<typeof scrumCell>;

/** Two responsibilities overlap when their titles share most of their key words. */
export function similar(x: string, y: string): boolean {
  const a = keywords(x);
  const b = keywords(y);
  if (!a.size || !b.size) return false;
  const common = [...a].filter((w) => b.has(w)).length;
  return common / new Set([...a, ...b]).size >= 0.5;
}

function matchResponsibilities(a: readonly Item[], b: readonly Item[]) {
  const shared: { a: Item; b: Item }[] = [];
  const usedB = new Set<string>();
  const onlyA: Item[] = [];
  for (const x of a) {
    const y = b.find((candidate) => !usedB.has(candidate.id) && similar(x.title, candidate.title));
    if (y) {
      usedB.add(y.id);
      shared.push({ a: x, b: y });
    } else onlyA.push(x);
  }
  return { shared, onlyA, onlyB: b.filter((y) => !usedB.has(y.id)) };
}

function orient(c: Comparison, reversed: boolean): Comparison {
  if (!reversed) return c;
  const flip = (s: ComparisonSection): ComparisonSection => ({ ...s, rows: s.rows.map((r) => ({ ...r, cells: [r.cells[1], r.cells[0]] })) });
  return { ...c, roles: [c.roles[1], c.roles[0]], sections: c.sections.map(flip) };
}

function findCurated(model: Pick<ContentModel, "comparisons">, a: string, b: string): { comparison: Comparison; reversed: boolean } | undefined {
  const comparison = model.comparisons.find((c) => c.roles.includes(a) && c.roles.includes(b) && a !== b);
  return comparison && { comparison, reversed: comparison.roles[0] !== a };
}

export function comparePair(model: ContentModel, aSlug: string, bSlug: string) {
  const a = model.roles.find((r) => r.slug === aSlug);
  const b = model.roles.find((r) => r.slug === bSlug);
  if (!a || !b || a === b) return undefined;
  const curated = findCurated(model, a.slug, b.slug);

  // A Scrum event or artefact: each role's level in it and what it does there (HTML).
  const scrum = typedKeys(SCRUM_ACTIVITIES).flatMap((activity) => {
    const cells: [ScrumCell, ScrumCell] = [scrumCell(a, activity), scrumCell(b, activity)];
    return cells[0] || cells[1] ? [{ id: `${PAIR_ROW_PREFIXES.scrum}${activity}`, label: SCRUM_ACTIVITIES[activity].label, cells }] : [];
  });

  const levels = [...new Set([...a.growth, ...b.growth].map((g) => g.level))];
  const skillsAt = (role: Role, level: string) => role.growth.find((g) => g.level === level)?.skills;
  // One row per growth level either role has, each cell listing that role's skills at the level.
  const growth = levels.map((level) => ({
    id: `${PAIR_ROW_PREFIXES.growth}${slugify(level)}`,
    label: level,
    cells: [skillsAt(a, level), skillsAt(b, level)] as [Item[] | undefined, Item[] | undefined],
  }));
  const aWith = a.worksWith.map((w) => w.slug);
  const bWith = b.worksWith.map((w) => w.slug);
  const chainHas = (upper: Role, lower: Role) => buildsOnChain(model, upper).includes(lower);

  return {
    slug: pairSlug(a.slug, b.slug),
    roles: [a, b] as [Role, Role],
    // The curated document for this pair, with its columns turned to match the URL's order;
    // `reversed` when its file lists the roles the other way round (so the canonical URL differs).
    curated: curated && orient(curated.comparison, curated.reversed),
    reversed: curated?.reversed ?? false,
    responsibilities: matchResponsibilities(a.responsibilities, b.responsibilities),
    scrum,
    growth,
    worksWith: {
      shared: aWith.filter((s) => bWith.includes(s) && s !== a.slug && s !== b.slug),
      onlyA: aWith.filter((s) => !bWith.includes(s) && s !== b.slug),
      onlyB: bWith.filter((s) => !aWith.includes(s) && s !== a.slug),
      aAboutB: a.worksWith.find((w) => w.slug === b.slug)?.html,
      bAboutA: b.worksWith.find((w) => w.slug === a.slug)?.html,
    },
    // One role includes the other's responsibilities in full (builds_on).
    buildsOn: chainHas(a, b) ? { upper: a, lower: b } : chainHas(b, a) ? { upper: b, lower: a } : undefined,
  };
}

export type PairComparison = NonNullable<ReturnType<typeof comparePair>>;

/** The URL that names this pair canonically: the curated document's order, or alphabetical. */
export function canonicalPair(model: Pick<ContentModel, "comparisons">, a: string, b: string): [string, string] {
  const curated = findCurated(model, a, b);
  return curated ? curated.comparison.roles : alphabeticalPair(a, b);
}

/** Pairs of roles that name each other as related, each pair once, whichever side lists it. */
export function relatedPairs(model: ContentModel): [Role, Role][] {
  const pairs = new Map<string, [Role, Role]>();
  for (const a of model.roles) {
    for (const b of a.related.flatMap((slug) => model.roles.filter((r) => r.slug === slug))) {
      const key = [a.slug, b.slug].sort().join(" ");
      if (!pairs.has(key)) pairs.set(key, [a, b]);
    }
  }
  return [...pairs.values()];
}

/** Every ordered pair: used for the static export while the number of roles keeps it small. */
export function allPairs(model: ContentModel): [string, string][] {
  return model.roles.flatMap((a) => model.roles.filter((b) => b !== a).map((b) => [a.slug, b.slug] as [string, string]));
}

/** The Scrum matrix page's title and description, which search shows too. */
export const WHO_DOES_WHAT_PAGE = {
  title: "Who does what in Scrum",
  description: "Every Scrum event and artefact, and each role's part in it at a glance: product owner, product manager, scrum master, developers and more.",
};

/** Rows: Scrum events and artefacts; columns: the roles that take part in any of them. */
export function whoDoesWhat(model: ContentModel) {
  const roles = model.roles.filter((r) => r.scrum.length > 0);
  const rows = typedKeys(SCRUM_ACTIVITIES).map((activity) => ({
    activity,
    label: SCRUM_ACTIVITIES[activity].label,
    kind: SCRUM_ACTIVITIES[activity].kind,
    // Each role's part, with its level in the team shapes where it differs from the role's own.
    cells: roles.map((r) => scrumCell(r, activity)),
  }));
  return { roles, rows: rows.filter((r) => r.cells.some(Boolean)) };
}

/** What a profile's "Compare with" section lists: its curated comparisons, then the roles it is most often confused with. */
export function compareLinksFor(model: ContentModel, role: Role): { curated: Comparison[]; others: string[] } {
  const curated = model.comparisons.filter((c) => c.roles.includes(role.slug));
  const inCurated = new Set(curated.flatMap((c) => c.roles));
  const others = [...new Set([...role.related, ...role.worksWith.map((w) => w.slug)])].filter((s) => s !== role.slug && !inCurated.has(s));
  return { curated, others };
}
