import type { ContentError } from "../content/errors";
import { slugify } from "../content/markdown";
import type { SiteLink, Visibility } from "../content/schema";
import { areaUrl, compareUrl, ladderUrl, roleDataUrl, roleUrl, sitePath, teamUrl } from "../site/routes";
import { normalise as norm } from "./find-role";
import type { ContentModel, ParsedContent } from "./types";
import { splitTarget } from "./threads";

/*
 * Internal content: a page with `visibility: internal` is built only for the internal audience
 * (AUDIENCE=internal). The public build leaves it out at the model, so every page, file and list
 * made from the model leaves it out too; and since a public page may not name or link an internal
 * one (checked here, for both audiences), the public build never has a link that leads nowhere.
 */

/** Who a build is for: the public sees public pages; the internal audience sees every page. */
export type Audience = Visibility;

export const isInternal = (item: { visibility: Visibility }) => item.visibility === "internal";
const isPublic = (item: { visibility: Visibility }) => item.visibility !== "internal";

/** The model a build for this audience is made from. */
export function forAudience(model: ContentModel, audience: Audience): ContentModel {
  if (audience === "internal") return model;
  const roles = model.roles.filter(isPublic);
  const shown = new Set(roles.map((r) => r.slug));
  return {
    ...model,
    roles,
    comparisons: model.comparisons.filter(isPublic),
    ladders: model.ladders.filter(isPublic),
    areas: model.areas.filter(isPublic),
    teams: model.teams.filter(isPublic),
    // A pairing has no page of its own: it shows only while both its roles do.
    pairings: model.pairings.filter((p) => p.roles.every((r) => shown.has(r))),
  };
}

interface Target {
  name: string;
  file: string;
}

const internalMessage = (name: string, file: string, fix = "remove the link") =>
  `"${name}" is internal (${file}), so this public page cannot link to it. Make this page internal too, or ${fix}.`;

/** An address as the site knows it: without its anchor, query, trailing slash or base path. */
function inSite(url: string): string {
  const address = url.split(/[?#]/)[0]!.replace(/(.)\/+$/, "$1");
  try {
    return sitePath(address);
  } catch {
    // An author's link written without the base path is already a path inside the site.
    return address;
  }
}

/** Every address of an internal page or file, and what it is: built only when a public page links into the site. */
function internalAddresses(parsed: ParsedContent): Map<string, Target> {
  const addresses = new Map<string, Target>();
  const add = (address: string, target: Target) => addresses.set(inSite(address), target);
  for (const r of parsed.roles.filter(isInternal)) {
    const target = { name: r.slug, file: r.file };
    add(roleUrl(r.slug), target);
    add(roleDataUrl(r.slug), target);
    for (const name of [r.title, ...r.aliases]) if (slugify(name)) add(roleUrl(slugify(name)), target);
    // Either order of a pair with an internal role is an internal page.
    for (const other of parsed.roles) {
      if (other === r) continue;
      add(compareUrl(r.slug, other.slug), target);
      add(compareUrl(other.slug, r.slug), target);
    }
  }
  for (const c of parsed.comparisons.filter(isInternal)) {
    const target = { name: c.slug, file: c.file };
    add(compareUrl(c.roles[0], c.roles[1]), target);
    add(compareUrl(c.roles[1], c.roles[0]), target);
  }
  for (const l of parsed.ladders.filter(isInternal)) add(ladderUrl(l.slug), { name: l.slug, file: l.file });
  for (const a of parsed.areas.filter(isInternal)) add(areaUrl(a.slug), { name: a.slug, file: a.file });
  for (const t of parsed.teams.filter(isInternal)) add(teamUrl(t.slug), { name: t.slug, file: t.file });
  return addresses;
}

/**
 * Every place a public page names or links an internal one, as an error naming both files and
 * the line. Pure: the parsed documents in, the problems out (none while nothing is internal).
 */
export function checkVisibility(parsed: ParsedContent): ContentError[] {
  const roles = new Map(parsed.roles.filter(isInternal).map((r) => [r.slug, r]));
  const areas = new Map(parsed.areas.filter(isInternal).map((a) => [a.slug, a]));
  const anyInternal = roles.size || areas.size || [...parsed.comparisons, ...parsed.ladders, ...parsed.teams].some((item) => isInternal(item));
  if (!anyInternal) return [];
  const errors: ContentError[] = [];
  const push = (file: string, line: number | undefined, where: string | undefined, target: Target | undefined, fix?: string) => {
    if (target) errors.push({ file, line, where, message: internalMessage(target.name, target.file, fix) });
  };
  const internal = (docs: ReadonlyMap<string, { file: string }>) => (slug: string) => (docs.has(slug) ? { name: slug, file: docs.get(slug)!.file } : undefined);
  const [role, area] = [internal(roles), internal(areas)];
  // "Works with" names a role by its title, slug or an alias.
  const byName = new Map([...roles.values()].flatMap((r) => [r.slug, r.title, ...r.aliases].map((n) => [norm(n), { name: n, file: r.file }] as const)));

  for (const r of parsed.roles.filter(isPublic)) {
    r.related.forEach((slug, i) => push(r.file, r.lines.related[i], `related[${i}]`, role(slug)));
    if (r.buildsOn) push(r.file, r.lines.buildsOn, "builds_on", role(r.buildsOn), "remove builds_on");
    for (const [key, target] of Object.entries(r.growsFrom))
      push(r.file, r.lines.growsFrom[key], `grows_from.${key}`, role(splitTarget(target).role), "remove the entry");
    for (const w of r.worksWith) push(r.file, w.line, "## Works with", byName.get(norm(w.name)), "remove the item");
    for (const item of r.responsibilities) push(r.file, item.line, "## Responsibilities", area(item.area), `tag "${item.title}" with a public area`);
  }
  for (const c of parsed.comparisons.filter(isPublic))
    c.roles.forEach((slug, i) => push(c.file, c.lines.roles[i], `roles[${i}]`, role(slug), "compare two public roles"));
  for (const l of parsed.ladders.filter(isPublic)) l.rungs.forEach((slug, i) => push(l.file, l.rungLines[i], `rungs[${i}]`, role(slug), "remove the rung"));
  for (const a of parsed.areas.filter(isPublic))
    a.differ.forEach((d, i) => d.roles.forEach((slug, j) => push(a.file, a.lines.differ[i], `differ[${i}].roles[${j}]`, role(slug), "remove the role")));
  for (const t of parsed.teams.filter(isPublic)) {
    t.roles.forEach((slug, i) => push(t.file, t.lineOf(["roles", i]), `roles[${i}]`, role(slug), "remove the role from the team"));
    for (const key of Object.keys(t.rulings)) push(t.file, t.lineOf(["rulings", key]), `rulings.${key}`, area(key), "remove the ruling");
  }
  errors.push(...checkLinks(parsed));
  return errors;
}

/** Links in the prose of public pages to internal addresses (/roles/<slug>, its pairs, ladders, areas, team shapes). */
function checkLinks(parsed: ParsedContent): ContentError[] {
  const pages: { file: string; links: SiteLink[] }[] = [parsed.roles, parsed.comparisons, parsed.ladders, parsed.areas, parsed.teams].flatMap((items) =>
    items.filter((item) => isPublic(item) && item.links.length),
  );
  if (!pages.length) return [];
  const addresses = internalAddresses(parsed);
  return pages.flatMap(({ file, links }) =>
    links.flatMap(({ url, line }) => {
      const target = addresses.get(inSite(url));
      return target ? [{ file, line, where: `link to ${url}`, message: internalMessage(target.name, target.file) }] : [];
    }),
  );
}
