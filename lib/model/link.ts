import { checkResponsibilityMap } from "../responsibilities/check";
import { type ContentError, type Result, referencedRole } from "../content/errors";
import { didYouMean } from "../content/did-you-mean";
import { slugify } from "../content/markdown";
import type { ParsedComparison } from "../content/parse-comparison";
import type { ParsedLadder } from "../content/parse-ladder";
import type { ParsedPairing } from "../content/parse-pairing";
import type { Comparison, Ladder, Pairing, ParsedRole, Role } from "../content/schema";
import { normalise as norm } from "./find-role";
import { type Audience, checkVisibility, forAudience, isInternal } from "./visibility";
import { isPlaceholder } from "../content/placeholders";
import { checkThreads } from "./threads";
import type { ContentModel, ParsedContent } from "./types";

type Errors = ContentError[];

/** What a parsed document carries only for the cross-file checks (lines to point at, links, cited sources); the model leaves it out. */
const PARSE_ONLY = new Set(["lines", "lineOf", "links", "cited", "headers", "rungLines"] as const);
type ParseOnly = typeof PARSE_ONLY extends Set<infer K> ? K : never;
const withoutParseOnly = <T extends object>(doc: T): Omit<T, ParseOnly> =>
  Object.fromEntries(Object.entries(doc).filter(([k]) => !PARSE_ONLY.has(k as ParseOnly))) as Omit<T, ParseOnly>;

/** Every name a reader might use for a role (slug, title, alias), each naming one role. */
function roleNames(roles: readonly ParsedRole[], errors: Errors): Map<string, ParsedRole> {
  const names = new Map<string, ParsedRole>();
  for (const role of roles) {
    for (const [name, what] of [[role.slug, "slug"], [role.title, "title"], ...role.aliases.map((a) => [a, "alias"])] as const) {
      const owner = names.get(norm(name));
      if (owner && owner !== role) {
        errors.push({
          file: role.file,
          where: what === "alias" ? "aliases" : what,
          message: `"${name}" is already used by ${owner.file}. Each title, slug and alias must name one role; remove or change one of them.`,
        });
      } else names.set(norm(name), role);
    }
  }
  return names;
}

/**
 * /roles/<alias> leads to the role, so an alias's address must be neither another role's page
 * nor another role's alias address ("Product-Lead" and "Product Lead" share one).
 */
function checkAliasAddresses(roles: readonly ParsedRole[], bySlug: ReadonlyMap<string, ParsedRole>, errors: Errors): void {
  const addresses = new Map<string, { role: ParsedRole; name: string }>(roles.map((r) => [r.slug, { role: r, name: r.slug }]));
  for (const role of roles) {
    role.aliases.forEach((alias, i) => {
      const address = slugify(alias);
      const other = addresses.get(address);
      // The same name twice is reported by roleNames, as a duplicate name.
      if (other && other.role !== role && norm(other.name) !== norm(alias)) {
        const what =
          other.name === address && bySlug.get(address) === other.role
            ? `which is ${other.role.file}`
            : `which "${other.name}" in ${other.role.file} already leads to`;
        errors.push({
          file: role.file,
          where: `aliases[${i}]`,
          message: `"${alias}" would have the address /roles/${address}, ${what}. Change or remove the alias.`,
        });
      } else if (!other) addresses.set(address, { role, name: alias });
    });
  }
}

/** Checks related and builds_on, and resolves "Works with" names to slugs. */
function linkRole(
  role: ParsedRole,
  bySlug: ReadonlyMap<string, ParsedRole>,
  names: ReadonlyMap<string, ParsedRole>,
  nameList: readonly string[],
  errors: Errors,
): Role {
  role.related.forEach((slug, i) => {
    if (slug === role.slug) errors.push({ file: role.file, where: `related[${i}]`, message: `names this role itself. Remove it.` });
    else referencedRole(slug, bySlug, { file: role.file, where: `related[${i}]` }, errors);
  });
  if (role.buildsOn) referencedRole(role.buildsOn, bySlug, { file: role.file, where: "builds_on" }, errors);
  const worksWith = role.worksWith.flatMap((w) => {
    const other = names.get(norm(w.name));
    const where = "## Works with";
    // A draft's "TODO: …" in place of a role's name is a warning (lib/content/placeholders.ts), and no link yet.
    if (!other && isPlaceholder(w.name)) return [];
    if (!other) {
      const message = `no role called "${w.name}"${didYouMean(w.name, nameList)}. Start the item with the other role's title in bold.`;
      errors.push({ file: role.file, line: w.line, where, message });
      return [];
    }
    if (other === role) {
      errors.push({ file: role.file, line: w.line, where, message: `"${w.name}" is this role itself. Name another role.` });
      return [];
    }
    return [{ slug: other.slug, html: w.html }];
  });
  return { ...withoutParseOnly(role), responsibilities: role.responsibilities.map(({ line: _line, ...r }) => r), worksWith };
}

/** A cycle in builds_on would make "everything at this level" infinite. */
function checkBuildsOnLoops(roles: readonly ParsedRole[], bySlug: ReadonlyMap<string, ParsedRole>, errors: Errors): void {
  for (const role of roles) {
    const seen = new Set<string>([role.slug]);
    let next = role.buildsOn;
    while (next && bySlug.has(next)) {
      if (seen.has(next)) {
        errors.push({
          file: role.file,
          where: "builds_on",
          message: `makes a loop (${[...seen, next].join(" → ")}). A role cannot build, directly or indirectly, on itself.`,
        });
        break;
      }
      seen.add(next);
      next = bySlug.get(next)!.buildsOn;
    }
  }
}

/** Each comparison names two existing roles, once per pair, with table columns titled as the roles. */
function linkComparisons(comparisons: readonly ParsedComparison[], bySlug: ReadonlyMap<string, ParsedRole>, errors: Errors): Comparison[] {
  const pairs = new Map<string, string>();
  return comparisons.map((c) => {
    const found = c.roles.map((slug, i) => referencedRole(slug, bySlug, { file: c.file, where: `roles[${i}]` }, errors));
    const key = [...c.roles].sort().join("|");
    const dup = pairs.get(key);
    if (dup) errors.push({ file: c.file, where: "roles", message: `${dup} already compares these two roles. Keep one comparison per pair.` });
    pairs.set(key, c.file);
    if (found.every((r) => r !== undefined)) {
      const titles = found.map((r) => r.title);
      for (const h of c.headers) {
        if (norm(h.names[0]) !== norm(titles[0]!) || norm(h.names[1]) !== norm(titles[1]!)) {
          errors.push({
            file: c.file,
            line: h.line,
            message: `the table's role columns are "${h.names.join('", "')}"; they must be "${titles.join('", "')}", in the order of roles.`,
          });
        }
      }
    }
    return withoutParseOnly(c);
  });
}

/** Each rung is an existing role, once, with any role it builds on below it. */
function linkLadders(ladders: readonly ParsedLadder[], bySlug: ReadonlyMap<string, ParsedRole>, errors: Errors): Ladder[] {
  return ladders.map((l) => {
    const seen = new Map<string, number>();
    l.rungs.forEach((slug, i) => {
      const line = l.rungLines[i];
      referencedRole(slug, bySlug, { file: l.file, line, where: `rungs[${i}]` }, errors, "Each rung is");
      const first = seen.get(slug);
      if (first !== undefined)
        errors.push({
          file: l.file,
          line,
          where: `rungs[${i}]`,
          message: `"${slug}" is already rung ${first + 1}. Each role appears once on a ladder; remove one.`,
        });
      else seen.set(slug, i);
    });
    l.rungs.forEach((slug, i) => {
      const target = bySlug.get(slug)?.buildsOn;
      const at = target ? l.rungs.indexOf(target) : -1;
      if (at > i) {
        errors.push({
          file: l.file,
          line: l.rungLines[i],
          where: `rungs[${i}]`,
          message: `"${slug}" builds on "${target}", which is higher on this ladder. Put "${target}" below "${slug}", or change builds_on in ${bySlug.get(slug)!.file}.`,
        });
      }
    });
    return withoutParseOnly(l);
  });
}

/** Each pairing names two existing roles (its file name already makes it the only file for the pair). */
function linkPairings(pairings: readonly ParsedPairing[], bySlug: ReadonlyMap<string, ParsedRole>, errors: Errors): Pairing[] {
  return pairings.map((p) => {
    p.roles.forEach((slug, i) => referencedRole(slug, bySlug, { file: p.file, line: p.lines.roles[i], where: `roles[${i}]` }, errors));
    return withoutParseOnly(p);
  });
}

/**
 * Resolves references between documents and reports every broken one. Pure: the parsed
 * documents in, the linked model (roles sorted by title, areas in order) or every problem out.
 * Every document is checked whoever the build is for; the model then holds what `audience` sees.
 */
export function linkContent(parsed: ParsedContent, audience: Audience = "public"): Result<ContentModel> {
  const errors: Errors = [];
  const bySlug = new Map(parsed.roles.map((r) => [r.slug, r]));
  const names = roleNames(parsed.roles, errors);
  const nameList = [...new Set(parsed.roles.flatMap((r) => [r.title, ...r.aliases]))];
  checkAliasAddresses(parsed.roles, bySlug, errors);
  const roles = parsed.roles.map((role) => linkRole(role, bySlug, names, nameList, errors));
  checkBuildsOnLoops(parsed.roles, bySlug, errors);
  const comparisons = linkComparisons(parsed.comparisons, bySlug, errors);
  const ladders = linkLadders(parsed.ladders, bySlug, errors);
  const pairings = linkPairings(parsed.pairings, bySlug, errors);
  errors.push(...checkThreads(parsed.roles, parsed.ladders));
  errors.push(...checkResponsibilityMap(parsed.roles, parsed.areas, parsed.teams));
  errors.push(...checkVisibility(parsed));
  if (errors.length) return { ok: false, errors };

  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
  const areas = parsed.areas.map(withoutParseOnly).sort((a, b) => a.order - b.order);
  const teams = parsed.teams.map(withoutParseOnly).sort(byTitle);
  const model = { roles: roles.sort(byTitle), comparisons: comparisons.sort(byTitle), ladders: ladders.sort(byTitle), areas, teams, pairings };
  return { ok: true, value: forAudience(model, audience) };
}

/** Addresses made from aliases and titles (/roles/po, /roles/director-of-product) and the role each leads to. */
export function aliasAddresses(model: { roles: readonly Pick<Role, "slug" | "title" | "aliases">[] }): Map<string, string> {
  const slugs = new Set(model.roles.map((r) => r.slug));
  return new Map(
    model.roles.flatMap((r) => [r.title, ...r.aliases].map((name) => [slugify(name), r.slug] as const)).filter(([alias]) => alias && !slugs.has(alias)),
  );
}

/** The roles a role builds on in the model, nearest first, up to any loop. */
export function buildsOnChain(model: Pick<ContentModel, "roles">, role: Role): Role[] {
  const find = (slug: string | undefined) => model.roles.find((r) => r.slug === slug);
  const chain: Role[] = [];
  for (let next = find(role.buildsOn); next && next !== role && !chain.includes(next); next = find(next.buildsOn)) chain.push(next);
  return chain;
}

/** What a role takes on from the roles it builds on, nearest first. */
export const inheritedResponsibilities = (model: ContentModel, role: Role) =>
  buildsOnChain(model, role).map((from) => ({ from, responsibilities: from.responsibilities }));

/**
 * Problems worth fixing that do not stop the build: a "Works with" entry that the other role's
 * page does not return, so a reader following the link cannot find the way back. (A public page
 * cannot return an internal role's link, so that one may go one way.) A page that names one rung
 * of a ladder returns the link of every rung on it: the product manager's "Product Designer"
 * stands for the design ladder, and naming each junior and lead designer there would crowd it.
 */
export function contentWarnings(model: Pick<ContentModel, "roles" | "ladders">): ContentError[] {
  const bySlug = new Map(model.roles.map((r) => [r.slug, r]));
  const sameLadder = (slug: string) => new Set([slug, ...model.ladders.flatMap((l) => (l.rungs.includes(slug) ? l.rungs : []))]);
  return model.roles.flatMap((role) => {
    const returned = sameLadder(role.slug);
    return role.worksWith.flatMap((w): ContentError[] => {
      const other = bySlug.get(w.slug);
      if (!other || other.worksWith.some((x) => returned.has(x.slug))) return [];
      if (isInternal(role) && !isInternal(other)) return [];
      return [
        {
          severity: "warning",
          file: other.file,
          where: "## Works with",
          message: `${role.file} says the ${role.title} works with the ${other.title}, but this page does not name the ${role.title} (or another rung of its ladder). Add "- **${role.title}**: …", or remove the link there if it only goes one way.`,
        },
      ];
    });
  });
}
