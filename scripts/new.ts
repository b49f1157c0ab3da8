import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { stringify } from "yaml";
import type { z } from "zod";
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

/** What a kind's drafter makes: the file's slug, its front matter's lines, the sections of its body, and the page it makes; or why it will not. */
type Written = { slug: string; front: string[]; body: string[]; page: string } | string;

const todo = (what: string) => `${PLACEHOLDER} ${what}`;
/** A YAML value on one line, quoted only where YAML needs it. */
const yaml = (value: string) => stringify(value, { lineWidth: 0 }).trim();
const SOURCES = `sources:\n  - title: ${yaml(todo("Name the guide, book or page this comes from, and add its url under it."))}`;

/** The roles a draft may name: a public page names public roles only. */
const publicRoles = (parsed: ParsedContent) => parsed.roles.filter((r) => !isInternal(r));

function resolveRoles(parsed: ParsedContent, names: readonly string[]): ParsedRole[] | string {
  const roles: ParsedRole[] = [];
  for (const name of names) {
    const role = findRole(parsed.roles, name);
    if (!role) return `There is no role "${name}". Name a role by its file name, title or an alias.`;
    if (roles.includes(role)) return `"${name}" is the ${role.title}, named twice. Name each role once.`;
    roles.push(role);
  }
  return roles;
}

/** An internal role makes the page that names it internal too. */
const visibilityFor = (roles: readonly ParsedRole[]) => (roles.some((r) => isInternal(r)) ? ["visibility: internal"] : []);

function titleProblem(kind: Kind, schema: NonNullable<KindSpec["title"]>, title: string | undefined): string | undefined {
  if (!title?.trim()) return `Give the new ${kind} a name: npm run new -- ${kind} "Its name".`;
  const checked = schema.shape.title.safeParse(title);
  if (!checked.success) return `The name "${title}" ${checked.error.issues[0]?.message ?? "is not allowed"}.`;
  if (!slugify(title)) return `The name "${title}" has no letters or digits to make a file name from.`;
  return undefined;
}

function draftRole([title]: readonly string[], parsed: ParsedContent, today: string): Written {
  const slug = slugify(title!);
  const taken = findRole(parsed.roles, title!) ?? findRole(parsed.roles, slug);
  if (taken) return `"${title}" already names the ${taken.title} (${taken.file}). Choose another name.`;
  const aliasOf = aliasAddresses({ roles: parsed.roles }).get(slug);
  if (aliasOf) return `The address ${roleUrl(slug)} already leads to ${roleUrl(aliasOf)}, through an alias. Choose another name.`;
  const area = [...parsed.areas].sort((a, b) => a.order - b.order).find((a) => !isInternal(a));
  if (!area) return `Each responsibility of a role belongs to an area of work, and there are no areas yet. Make one first: npm run new -- area "Its name".`;
  const front = [
    `title: ${yaml(title!)}`,
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
  ];
  const body = [
    "## What the role is for",
    todo("Say in a paragraph or two what the role exists to do."),
    "## Responsibilities",
    `- **A responsibility** \`${area.slug}: R\`: ${todo(`Give each item a short title, say what the role does starting with a verb, and tag it with an area and a level (R, A, C or I).`)}`,
    "## Works with",
    `- **${todo("Name a role this one works with")}**: ${todo("Say how the two work together.")}`,
    "## Why the role matters",
    todo("Say what goes wrong in a team without this role."),
  ];
  return { slug, front, body, page: roleUrl(slug) };
}

/** A short name for table headings: as many of the title's words as fit in 16 characters. */
function label(title: string): string {
  // The longest run of whole words, one space between them, of 2 to 16 characters.
  return /^.{2,16}(?= |$)/.exec(title.trim().replace(/\s+/g, " "))?.[0] ?? title.trim().slice(0, 16);
}

function draftArea([title]: readonly string[], parsed: ParsedContent, today: string): Written {
  const slug = slugify(title!);
  const front = [
    `title: ${yaml(title!)}`,
    `label: ${yaml(label(title!))} # at most 16 characters, for the matrix's column headings`,
    `order: ${Math.max(0, ...parsed.areas.map((a) => a.order)) + 1}`,
    `definition: ${yaml(todo("Say in one sentence what the area covers."))}`,
    `if_gap: ${yaml(todo("Advise in one sentence a team where no role is responsible or accountable for this."))}`,
    `if_overlap: ${yaml(todo("Advise in one sentence a team where two roles are both accountable for this."))}`,
    `updated: ${today}`,
  ];
  return {
    slug,
    front,
    body: ["## About this area", todo("Say what the area covers and where people get confused, or remove this section.")],
    page: areaUrl(slug),
  };
}

/** Whether two roles can share a team shape as their pages stand: no area where both claim A, unless the area records that sources differ. */
function fitTogether(a: ParsedRole, b: ParsedRole, areas: readonly ParsedArea[]): boolean {
  const [la, lb] = [levelsByArea(a.responsibilities), levelsByArea(b.responsibilities)];
  return areas.every(
    (area) =>
      !(answersFor(la.get(area.slug)) && answersFor(lb.get(area.slug))) || area.differ.some((d) => d.roles.includes(a.slug) && d.roles.includes(b.slug)),
  );
}

function defaultPair(parsed: ParsedContent): ParsedRole[] {
  const roles = publicRoles(parsed);
  for (const [i, a] of roles.entries()) for (const b of roles.slice(i + 1)) if (fitTogether(a, b, parsed.areas)) return [a, b];
  return [];
}

/** A team shape's sources: one a reader can open, which each ruling that someone answers for an area cites by its title. */
const TEAM_SOURCE = todo("Name the source the rulings rest on; each ruling repeats this title.");
/** One source with an address for a reader to open, as a file whose quotes name it needs. */
const sourceToOpen = (title: string, checks: string) =>
  `sources:\n  - title: ${yaml(title)}\n    url: https://example.org # ${todo(`Give its web address, so a reader can check each ${checks}.`)}`;

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

function draftTeam([title, ...names]: readonly string[], parsed: ParsedContent, today: string): Written {
  const slug = slugify(title!);
  if (slug === YOUR_TEAM_SLUG) return `The address ${teamUrl(slug)} is the "your team" page. Choose another name.`;
  const roles = names.length ? resolveRoles(parsed, names) : defaultPair(parsed);
  if (typeof roles === "string") return roles;
  if (roles.length < 2) return `A team shape needs at least two roles. Name them: npm run new -- team "${title}" <role> <role>.`;
  const visibility = visibilityFor(roles);
  // A team shape rules on every area it can name: a public one on the public areas only.
  const areas = [...parsed.areas].sort((a, b) => a.order - b.order).filter((a) => visibility.length || !isInternal(a));
  const front = [
    `title: ${yaml(title!)}`,
    `summary: ${yaml(todo("Say in one sentence who is in this team and what it is for."))}`,
    `roles: [${roles.map((r) => r.slug).join(", ")}]`,
    "scrum: false # true if the team works in Scrum: its roles' letters for Scrum events and artefacts then hold in it",
    ...(areas.length
      ? ["rulings: # for each area: accountable (a role), whole_team, outside or gap (a sentence)", ...areas.flatMap((a) => draftRuling(a, roles))]
      : []),
    sourceToOpen(TEAM_SOURCE, "ruling"),
    `updated: ${today}`,
    ...visibility,
  ];
  return {
    slug,
    front,
    body: ["## About this team shape", todo("Say who is in this team shape, where it is used and how the work is split.")],
    page: teamUrl(slug),
  };
}

/** The two roles a comparison or a pairing names, or why they are not two roles. */
function twoRoles(kind: "comparison" | "pairing", names: readonly string[], parsed: ParsedContent): [ParsedRole, ParsedRole] | string {
  if (names.length !== 2) return `A ${kind} is of two roles: npm run new -- ${kind} <role> <role>.`;
  return resolveRoles(parsed, names) as [ParsedRole, ParsedRole] | string;
}

function draftComparison(names: readonly string[], parsed: ParsedContent, today: string): Written {
  const named = twoRoles("comparison", names, parsed);
  if (typeof named === "string") return named;
  const [a, b] = named;
  const existing = parsed.comparisons.find((c) => c.roles.includes(a.slug) && c.roles.includes(b.slug));
  if (existing) return `${existing.file} already compares the ${a.title} and the ${b.title}. Keep one comparison per pair.`;
  const front = [
    `title: ${yaml(`${a.title} vs ${b.title}`)}`,
    `summary: ${yaml(todo("Say in one sentence how the two roles differ."))}`,
    `roles: [${a.slug}, ${b.slug}]`,
    SOURCES,
    `updated: ${today}`,
    ...visibilityFor([a, b]),
  ];
  const table = [
    `| Dimension | ${a.title} | ${b.title} |`,
    "| --- | --- | --- |",
    `| ${todo("Name a dimension, e.g. Focus")} | ${todo(`Say what the ${a.title} does.`)} | ${todo(`Say what the ${b.title} does.`)} |`,
  ];
  return { slug: pairSlug(a.slug, b.slug), front, body: ["## Key differences", table.join("\n")], page: compareUrl(a.slug, b.slug) };
}

/** A pairing's source: one a reader can open, which each quote names by its title. */
const PAIRING_SOURCE = todo("Name the source that says whether one person can hold both roles; each quote repeats this title.");

function draftPairing(names: readonly string[], parsed: ParsedContent, today: string): Written {
  const named = twoRoles("pairing", names, parsed);
  if (typeof named === "string") return named;
  // One file per pair, named by its roles in alphabetical order, so it cannot already exist under another name.
  const [a, b] = alphabeticalPair(named[0].slug, named[1].slug);
  const [titleA, titleB] = [a, b].map((slug) => named.find((r) => r.slug === slug)!.title);
  const front = [
    `roles: [${a}, ${b}]`,
    "warns: true # true if the quoted sources warn against one person holding both roles; false if the sources we cite give no warning",
    "quotes:",
    `  - source: ${yaml(PAIRING_SOURCE)}`,
    `    quote: ${yaml(todo("Quote a short phrase from the source, word for word, about one person holding both roles."))}`,
    sourceToOpen(PAIRING_SOURCE, "quote"),
    `updated: ${today}`,
  ];
  const body = ["## What the sources say", todo(`Say in your own words what the sources say about one person being both the ${titleA} and the ${titleB}.`)];
  return { slug: pairingSlug(a, b), front, body, page: whatIfUrl([a, b], { both: a, and: b }) };
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

function draftLadder([title, ...names]: readonly string[], parsed: ParsedContent, today: string): Written {
  const slug = slugify(title!);
  const roles = names.length ? resolveRoles(parsed, names) : defaultRungs(parsed);
  if (typeof roles === "string") return roles;
  if (roles.length < 2) return `A ladder needs at least two roles. Name them, lowest first: npm run new -- ladder "${title}" <role> <role>.`;
  const front = [
    `title: ${yaml(title!)}`,
    `summary: ${yaml(todo("Say in one sentence where the ladder starts and ends."))}`,
    "rungs:",
    ...roles.map((r) => `  - ${r.slug}`),
    SOURCES,
    `updated: ${today}`,
    ...visibilityFor(roles),
  ];
  return { slug, front, body: ["## About this ladder", todo("Say who the ladder is for and what changes from one rung to the next.")], page: ladderUrl(slug) };
}

/** A kind of file `npm run new` writes: its arguments and what it is (for the usage), the schema its name must meet if it has one, and its drafter. */
interface KindSpec {
  args: string;
  is: string;
  title?: { shape: { title: z.ZodString } };
  draft: (args: readonly string[], parsed: ParsedContent, today: string) => Written;
}

const KINDS = {
  role: { args: '"Delivery lead"', is: "a role", title: roleFrontMatterSchema, draft: draftRole },
  area: { args: '"Release planning"', is: "an area of work", title: areaFrontMatterSchema, draft: draftArea },
  team: { args: '"Platform team" [role role…]', is: "a team shape, of these roles or two that fit together", title: teamFrontMatterSchema, draft: draftTeam },
  comparison: { args: "<role> <role>", is: "a comparison of two roles (slug, title or alias)", draft: draftComparison },
  ladder: {
    args: '"Delivery ladder" [role…]',
    is: "a career ladder, of these roles lowest first or two that fit",
    title: ladderFrontMatterSchema,
    draft: draftLadder,
  },
  pairing: { args: "<role> <role>", is: "what the sources say about one person holding both roles", draft: draftPairing },
} satisfies Record<string, KindSpec>;
type Kind = keyof typeof KINDS;

export const USAGE = `Usage: npm run new -- <kind> <name> [roles…]

${Object.entries(KINDS)
  .map(([kind, { args, is }]) => `  ${`npm run new -- ${kind} ${args}`.padEnd(52)}${is}`)
  .join("\n")}`;

/** The file `npm run new` would write for these arguments (its path in the content folder, its text and the page it makes), or why it will not. Pure: the parsed content in, the draft out. */
export function draftFile([kind, ...args]: readonly string[], parsed: ParsedContent, today: string): { file: string; text: string; page: string } | string {
  if (!kind || !Object.hasOwn(KINDS, kind)) return `${kind ? `"${kind}" is not a kind of content. ` : ""}${USAGE}`;
  const spec: KindSpec = KINDS[kind as Kind];
  const written = (spec.title && titleProblem(kind as Kind, spec.title, args[0])) || spec.draft(args, parsed, today);
  if (typeof written === "string") return written;
  const { slug, front, body, page } = written;
  return { file: path.join(`${kind}s`, `${slug}.md`), text: `---\n${front.join("\n")}\n---\n\n${body.join("\n\n")}\n`, page };
}

const problemsOf = (root: string, cache: ReturnType<typeof openParseCache>) => {
  const r = loadContent(root, cache, readContent(root, cache), "internal");
  return { errors: r.ok ? [] : r.errors, warnings: r.warnings ?? [] };
};

/** Writes the draft into the content folder at root and checks it: what to print, and the exit code. */
export function newContent(args: readonly string[], root = contentDir(), today = new Date().toISOString().slice(0, 10)): { code: number; out: string } {
  const cache = openParseCache();
  const drafted = draftFile(args, parseFolder(readContent(root, cache)), today);
  if (typeof drafted === "string") return { code: 1, out: `${drafted}\n` };
  const { text, page } = drafted;
  const full = path.join(root, drafted.file);
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
