import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { stringify } from "yaml";
import { openParseCache } from "../lib/content/cache";
import { formatError, listErrors } from "../lib/content/errors";
import { contentDir, loadContent, parseFolder, readContent } from "../lib/content/load";
import { slugify } from "../lib/content/markdown";
import type { ParsedArea } from "../lib/content/parse-area";
import { PLACEHOLDER } from "../lib/content/placeholders";
import { FAMILIES, type ParsedRole, areaFrontMatterSchema, ladderFrontMatterSchema, roleFrontMatterSchema, teamFrontMatterSchema } from "../lib/content/schema";
import { aliasAddresses } from "../lib/model/link";
import type { ParsedContent } from "../lib/model/types";
import { findRole } from "../lib/model/find-role";
import { isInternal } from "../lib/model/visibility";
import { answersFor, doesTheWork, levelsByArea } from "../lib/responsibilities/raci";
import { YOUR_TEAM_SLUG, alphabeticalPair, areaUrl, compareUrl, ladderUrl, pairSlug, pairingSlug, roleUrl, teamUrl, whatIfUrl } from "../lib/site/routes";

/*
 * `npm run new -- <kind> …` writes a draft content file that validates: every part still to write
 * holds a placeholder ("TODO: what to write here"), which `npm run validate` reports as a warning
 * with its line, so the draft can be built and previewed before it is finished. It refuses to
 * overwrite a file, or to take a name that another role already answers to.
 */

export const USAGE = `Usage: npm run new -- <kind> <name> [roles…]

  npm run new -- role "Delivery lead"                 a role
  npm run new -- area "Release planning"              an area of work
  npm run new -- team "Platform team" [role role…]    a team shape, of these roles or two that fit together
  npm run new -- comparison <role> <role>             a comparison of two roles (slug, title or alias)
  npm run new -- ladder "Delivery ladder" [role…]     a career ladder, of these roles lowest first or two that fit
  npm run new -- pairing <role> <role>                what the sources say about one person holding both roles`;

const KINDS = ["role", "area", "team", "comparison", "ladder", "pairing"] as const;
type Kind = (typeof KINDS)[number];

/** A file to write: its folder under content/ and slug, its text, and the page it makes. */
export interface Draft {
  folder: "roles" | "areas" | "teams" | "comparisons" | "ladders" | "pairings";
  slug: string;
  text: string;
  page: string;
}

type Drafted = { ok: true; draft: Draft } | { ok: false; message: string };
const refuse = (message: string): Drafted => ({ ok: false, message });

const todo = (what: string) => `${PLACEHOLDER} ${what}`;
/** A YAML value on one line, quoted only where YAML needs it. */
const yaml = (value: string) => stringify(value, { lineWidth: 0 }).trim();
const SOURCES = `sources:\n  - title: ${yaml(todo("Name the guide, book or page this comes from, and add its url under it."))}`;
const front = (lines: string[]) => `---\n${lines.join("\n")}\n---\n`;

/** The roles a draft may name: a public page names public roles only. */
const publicRoles = (parsed: ParsedContent) => parsed.roles.filter((r) => !isInternal(r));

function resolveRoles(parsed: ParsedContent, names: readonly string[]): { roles: ParsedRole[] } | { message: string } {
  const roles: ParsedRole[] = [];
  for (const name of names) {
    const role = findRole(parsed.roles, name);
    if (!role) return { message: `There is no role "${name}". Name a role by its file name, title or an alias.` };
    if (roles.includes(role)) return { message: `"${name}" is the ${role.title}, named twice. Name each role once.` };
    roles.push(role);
  }
  return { roles };
}

/** An internal role makes the page that names it internal too. */
const visibilityFor = (roles: readonly ParsedRole[]) => (roles.some((r) => isInternal(r)) ? ["visibility: internal"] : []);

function titleProblem(kind: Kind, title: string | undefined): string | undefined {
  const schema = { role: roleFrontMatterSchema, area: areaFrontMatterSchema, team: teamFrontMatterSchema, ladder: ladderFrontMatterSchema }[
    kind as Exclude<Kind, "comparison" | "pairing">
  ];
  if (!title?.trim()) return `Give the new ${kind} a name: npm run new -- ${kind} "Its name".`;
  const checked = schema.shape.title.safeParse(title);
  if (!checked.success) return `The name "${title}" ${checked.error.issues[0]?.message ?? "is not allowed"}.`;
  if (!slugify(title)) return `The name "${title}" has no letters or digits to make a file name from.`;
  return undefined;
}

function draftRole(title: string, parsed: ParsedContent, today: string): Drafted {
  const slug = slugify(title);
  const taken = findRole(parsed.roles, title) ?? findRole(parsed.roles, slug);
  if (taken) return refuse(`"${title}" already names the ${taken.title} (${taken.file}). Choose another name.`);
  const aliasOf = aliasAddresses({ roles: parsed.roles }).get(slug);
  if (aliasOf) return refuse(`The address ${roleUrl(slug)} already leads to ${roleUrl(aliasOf)}, through an alias. Choose another name.`);
  const area = [...parsed.areas].sort((a, b) => a.order - b.order).find((a) => !isInternal(a));
  if (!area) {
    return refuse(`Each responsibility of a role belongs to an area of work, and there are no areas yet. Make one first: npm run new -- area "Its name".`);
  }
  const text = `${front([
    `title: ${yaml(title)}`,
    `summary: ${yaml(todo("Say in one sentence what the role is for; cards, search results and link previews show it."))}`,
    "aliases: []",
    `family: ${Object.keys(FAMILIES)[0]} # one of: ${Object.keys(FAMILIES).join(", ")}`,
    "related: []",
    SOURCES,
    `updated: ${today}`,
    "dimensions:",
    `  focus: ${yaml(todo("Say in one sentence what the role pays most attention to."))}`,
    `  scope: ${yaml(todo("Say in one sentence how wide its remit is: a feature, a product, a portfolio or an organisation."))}`,
    `  responsibility: ${yaml(todo("Say in one sentence what the role is answerable for in the end."))}`,
    `  communication: ${yaml(todo("Say in one sentence who the role talks to most, and about what."))}`,
  ])}
## What the role is for

${todo("Say in a paragraph or two what the role exists to do.")}

## Responsibilities

- **A responsibility** \`${area.slug}: R\`: ${todo(`Give each item a short title, say what the role does starting with a verb, and tag it with an area and a level (R, A, C or I).`)}

## Works with

- **${todo("Name a role this one works with")}**: ${todo("Say how the two work together.")}

## Why the role matters

${todo("Say what goes wrong in a team without this role.")}
`;
  return { ok: true, draft: { folder: "roles", slug, text, page: roleUrl(slug) } };
}

/** A short name for table headings: as many of the title's words as fit in 16 characters. */
function label(title: string): string {
  let out = "";
  for (const word of title.trim().split(/\s+/)) {
    const next = out ? `${out} ${word}` : word;
    if (next.length > 16) break;
    out = next;
  }
  return out.length >= 2 ? out : title.trim().slice(0, 16);
}

function draftArea(title: string, parsed: ParsedContent, today: string): Drafted {
  const slug = slugify(title);
  const order = Math.max(0, ...parsed.areas.map((a) => a.order)) + 1;
  const text = `${front([
    `title: ${yaml(title)}`,
    `label: ${yaml(label(title))} # at most 16 characters, for the matrix's column headings`,
    `order: ${order}`,
    `definition: ${yaml(todo("Say in one sentence what the area covers."))}`,
    `if_gap: ${yaml(todo("Advise in one sentence a team where no role is responsible or accountable for this."))}`,
    `if_overlap: ${yaml(todo("Advise in one sentence a team where two roles are both accountable for this."))}`,
    `updated: ${today}`,
  ])}
## About this area

${todo("Say what the area covers and where people get confused, or remove this section.")}
`;
  return { ok: true, draft: { folder: "areas", slug, text, page: areaUrl(slug) } };
}

/** Whether two roles can share a team shape as their pages stand: no area where both claim A, unless the area records that sources differ. */
function fitTogether(a: ParsedRole, b: ParsedRole, areas: readonly ParsedArea[]): boolean {
  const [la, lb] = [levelsByArea(a.responsibilities), levelsByArea(b.responsibilities)];
  return areas.every(
    (area) =>
      !(answersFor(la.get(area.slug)) && answersFor(lb.get(area.slug))) || area.differ.some((d) => d.roles.includes(a.slug) && d.roles.includes(b.slug)),
  );
}

function defaultPair(parsed: ParsedContent): ParsedRole[] | undefined {
  const roles = publicRoles(parsed);
  for (const [i, a] of roles.entries()) for (const b of roles.slice(i + 1)) if (fitTogether(a, b, parsed.areas)) return [a, b];
  return undefined;
}

/** A team shape's sources: one a reader can open, which each ruling that someone answers for an area cites by its title. */
const TEAM_SOURCE = todo("Name the source the rulings rest on; each ruling repeats this title.");
/** One source with an address for a reader to open, as a file whose quotes name it needs. */
const sourceToOpen = (title: string, checks: string) =>
  `sources:\n  - title: ${yaml(title)}\n    url: https://example.org # ${todo(`Give its web address, so a reader can check each ${checks}.`)}`;
const TEAM_SOURCES = sourceToOpen(TEAM_SOURCE, "ruling");

/**
 * One area's ruling, guessed from the roles' own pages: the role whose page says A (the first, if
 * several do: the others' pages must then give another letter for this team shape); else the
 * whole team, where some role does the work; else a gap. Each asks the author to check it.
 */
function draftRuling(area: ParsedArea, roles: readonly ParsedRole[]): string[] {
  const levels = roles.map((r) => levelsByArea(r.responsibilities).get(area.slug));
  const claim = roles.filter((_, i) => answersFor(levels[i]));
  const what = area.title.toLowerCase();
  const cite = [`    source: ${yaml(TEAM_SOURCE)}`, `    quote: ${yaml(todo("Quote a short phrase from the source, word for word, that says so."))}`];
  const ruling = claim.length
    ? [`    accountable: ${claim[0]!.slug}`, ...cite]
    : levels.some(doesTheWork)
      ? [`    whole_team: ${yaml(todo(`Say in one sentence why the whole team answers for ${what} together, or name one role under accountable.`))}`, ...cite]
      : [`    gap: ${yaml(todo(`Say in one sentence why no one in this team covers ${what}, or write outside: and who usually holds it.`))}`];
  const note =
    claim.length > 1 ? [`    note: ${yaml(todo(`Say in one sentence why the ${claim[0]!.title} answers for it here, or choose another role above.`))}`] : [];
  return [`  ${area.slug}:`, ...ruling, ...note];
}

function draftTeam(title: string, names: readonly string[], parsed: ParsedContent, today: string): Drafted {
  const slug = slugify(title);
  if (slug === YOUR_TEAM_SLUG) return refuse(`The address ${teamUrl(slug)} is the "your team" page. Choose another name.`);
  const named = names.length ? resolveRoles(parsed, names) : { roles: defaultPair(parsed) ?? [] };
  if ("message" in named) return refuse(named.message);
  const { roles } = named;
  if (roles.length < 2) return refuse(`A team shape needs at least two roles. Name them: npm run new -- team "${title}" <role> <role>.`);
  const visibility = visibilityFor(roles);
  // A team shape rules on every area it can name: a public one on the public areas only.
  const areas = [...parsed.areas].sort((a, b) => a.order - b.order).filter((a) => visibility.length || !isInternal(a));
  const text = `${front([
    `title: ${yaml(title)}`,
    `summary: ${yaml(todo("Say in one sentence who is in this team and what it is for."))}`,
    `roles: [${roles.map((r) => r.slug).join(", ")}]`,
    "scrum: false # true if the team works in Scrum: its roles' letters for Scrum events and artefacts then hold in it",
    ...(areas.length
      ? ["rulings: # for each area: accountable (a role), whole_team, outside or gap (a sentence)", ...areas.flatMap((a) => draftRuling(a, roles))]
      : []),
    TEAM_SOURCES,
    `updated: ${today}`,
    ...visibility,
  ])}
## About this team shape

${todo("Say who is in this team shape, where it is used and how the work is split.")}
`;
  return { ok: true, draft: { folder: "teams", slug, text, page: teamUrl(slug) } };
}

/** The two roles a comparison or a pairing names, or why they are not two roles. */
function twoRoles(kind: "comparison" | "pairing", names: readonly string[], parsed: ParsedContent): [ParsedRole, ParsedRole] | Drafted {
  if (names.length !== 2) return refuse(`A ${kind} is of two roles: npm run new -- ${kind} <role> <role>.`);
  const named = resolveRoles(parsed, names);
  return "message" in named ? refuse(named.message) : (named.roles as [ParsedRole, ParsedRole]);
}

function draftComparison(names: readonly string[], parsed: ParsedContent, today: string): Drafted {
  const named = twoRoles("comparison", names, parsed);
  if (!Array.isArray(named)) return named;
  const [a, b] = named;
  const existing = parsed.comparisons.find((c) => c.roles.includes(a.slug) && c.roles.includes(b.slug));
  if (existing) return refuse(`${existing.file} already compares the ${a.title} and the ${b.title}. Keep one comparison per pair.`);
  const text = `${front([
    `title: ${yaml(`${a.title} vs ${b.title}`)}`,
    `summary: ${yaml(todo("Say in one sentence how the two roles differ."))}`,
    `roles: [${a.slug}, ${b.slug}]`,
    SOURCES,
    `updated: ${today}`,
    ...visibilityFor([a, b]),
  ])}
## Key differences

| Dimension | ${a.title} | ${b.title} |
| --- | --- | --- |
| ${todo("Name a dimension, e.g. Focus")} | ${todo(`Say what the ${a.title} does.`)} | ${todo(`Say what the ${b.title} does.`)} |
`;
  return { ok: true, draft: { folder: "comparisons", slug: pairSlug(a.slug, b.slug), text, page: compareUrl(a.slug, b.slug) } };
}

/** A pairing's source: one a reader can open, which each quote names by its title. */
const PAIRING_SOURCE = todo("Name the source that says whether one person can hold both roles; each quote repeats this title.");

function draftPairing(names: readonly string[], parsed: ParsedContent, today: string): Drafted {
  const named = twoRoles("pairing", names, parsed);
  if (!Array.isArray(named)) return named;
  // One file per pair, named by its roles in alphabetical order, so it cannot already exist under another name.
  const [a, b] = alphabeticalPair(named[0].slug, named[1].slug);
  const [titleA, titleB] = [a, b].map((slug) => named.find((r) => r.slug === slug)!.title);
  const text = `${front([
    `roles: [${a}, ${b}]`,
    "warns: true # true if the quoted sources warn against one person holding both roles; false if the sources we cite give no warning",
    "quotes:",
    `  - source: ${yaml(PAIRING_SOURCE)}`,
    `    quote: ${yaml(todo("Quote a short phrase from the source, word for word, about one person holding both roles."))}`,
    sourceToOpen(PAIRING_SOURCE, "quote"),
    `updated: ${today}`,
  ])}
## What the sources say

${todo(`Say in your own words what the sources say about one person being both the ${titleA} and the ${titleB}.`)}
`;
  return { ok: true, draft: { folder: "pairings", slug: pairingSlug(a, b), text, page: whatIfUrl([a, b], { both: a, and: b }) } };
}

/** Two public roles, the lower first: one that another builds on, and that one; else the first two. */
function defaultRungs(parsed: ParsedContent): ParsedRole[] {
  const roles = publicRoles(parsed);
  for (const upper of roles) {
    const lower = roles.find((r) => r.slug === upper.buildsOn);
    if (lower) return [lower, upper];
  }
  return roles.slice(0, 2);
}

function draftLadder(title: string, names: readonly string[], parsed: ParsedContent, today: string): Drafted {
  const slug = slugify(title);
  const named = names.length ? resolveRoles(parsed, names) : { roles: defaultRungs(parsed) };
  if ("message" in named) return refuse(named.message);
  if (named.roles.length < 2) return refuse(`A ladder needs at least two roles. Name them, lowest first: npm run new -- ladder "${title}" <role> <role>.`);
  const text = `${front([
    `title: ${yaml(title)}`,
    `summary: ${yaml(todo("Say in one sentence where the ladder starts and ends."))}`,
    "rungs:",
    ...named.roles.map((r) => `  - ${r.slug}`),
    SOURCES,
    `updated: ${today}`,
    ...visibilityFor(named.roles),
  ])}
## About this ladder

${todo("Say who the ladder is for and what changes from one rung to the next.")}
`;
  return { ok: true, draft: { folder: "ladders", slug, text, page: ladderUrl(slug) } };
}

/** The file `npm run new` would write for these arguments, or why it will not. Pure: the parsed content in, the draft out. */
export function draftFile(args: readonly string[], parsed: ParsedContent, today: string): Drafted {
  const [kind, ...rest] = args;
  if (!KINDS.includes(kind as Kind)) return refuse(`${kind ? `"${kind}" is not a kind of content. ` : ""}${USAGE}`);
  if (kind === "comparison") return draftComparison(rest, parsed, today);
  if (kind === "pairing") return draftPairing(rest, parsed, today);
  const [title, ...names] = rest;
  const problem = titleProblem(kind as Kind, title);
  if (problem) return refuse(problem);
  if (kind === "role") return draftRole(title!, parsed, today);
  if (kind === "area") return draftArea(title!, parsed, today);
  if (kind === "team") return draftTeam(title!, names, parsed, today);
  return draftLadder(title!, names, parsed, today);
}

const problemsOf = (root: string, cache: ReturnType<typeof openParseCache>) => {
  const r = loadContent(root, cache, readContent(root, cache), "internal");
  return { errors: r.ok ? [] : r.errors, warnings: r.warnings ?? [] };
};

/** Writes the draft into the content folder at root and checks it: what to print, and the exit code. */
export function newContent(args: readonly string[], root = contentDir(), today = new Date().toISOString().slice(0, 10)): { code: number; out: string } {
  const cache = openParseCache();
  const drafted = draftFile(args, parseFolder(readContent(root, cache)), today);
  if (!drafted.ok) return { code: 1, out: `${drafted.message}\n` };
  const { folder, slug, text, page } = drafted.draft;
  const full = path.join(root, folder, `${slug}.md`);
  const file = (path.relative(process.cwd(), full) || full).split(path.sep).join("/");
  if (fs.existsSync(full)) return { code: 1, out: `${file} already exists. Edit it, or choose another name.\n` };

  const before = new Set(problemsOf(root, cache).errors.map(formatError));
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  const after = problemsOf(root, cache);
  const mine = after.warnings.filter((w) => w.file === file);
  const caused = after.errors.filter((e) => !before.has(formatError(e)));
  let out = `Wrote ${file}.`;
  // The problems may be in other files: a new area, say, asks every team shape who answers for it.
  if (caused.length) return { code: 1, out: `${out} It does not validate yet:\n\n${listErrors(caused)}` };
  out += ` It validates, with ${mine.length} placeholder${mine.length === 1 ? "" : "s"} to fill in (each a warning until you do):\n\n${listErrors(mine)}`;
  out += `\nSee the draft with \`npm run dev\` at ${page}, and check it with \`npm run validate\`.\n`;
  if (before.size) out += `(Other files have ${before.size} problem${before.size === 1 ? "" : "s"}; \`npm run validate\` lists them.)\n`;
  return { code: 0, out };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { code, out } = newContent(process.argv.slice(2));
  (code ? process.stderr : process.stdout).write(out);
  process.exitCode = code;
}
