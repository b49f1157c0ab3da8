import * as z from "zod";
import { LEVEL_ORDER } from "../responsibilities/raci";
import { enumKeys } from "./typed";
import { HEX_COLOUR, accentProblem } from "./accent";
import { DIMENSIONS, type Dimension, FAMILIES, LEVELS, SCRUM_ACTIVITIES, SLUG_PATTERN } from "./vocabulary";

/*
 * The zod schemas here are the only definition of the content types: every type the
 * pages use is inferred from them. Each `.describe()` is what a content author and a user of
 * the open data read: /data/roles.schema.json is generated from these words, and
 * tests/readme.test.ts checks that the README's field tables list exactly these keys.
 */

/** builds_on → buildsOn, as a type: front matter is written in snake_case, the model in camelCase. */
type Camel<K extends string> = K extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : K;
export type CamelKeys<T> = { [K in keyof T as K extends string ? Camel<K> : K]: T[K] };

/** Renames front-matter keys to the model's: contentType (below) reads front matter and makes the model's schema with it. */
export const camelKeys = <T extends object>(fields: T): CamelKeys<T> =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v])) as CamelKeys<T>;

export const slugSchema = z.string().regex(SLUG_PATTERN, "must be lowercase letters, digits and single hyphens, e.g. product-owner");

// Defined without zod in lib/content/vocabulary.ts, so browser code can share the labels; re-exported so pages keep one import.
export { DIMENSIONS, type Dimension, FAMILIES, LEVELS, SCRUM_ACTIVITIES, SLUG_PATTERN };

export const familySchema = z.enum(enumKeys(FAMILIES)).describe("The group the role belongs to on the home page and the roles index.");
export type Family = z.infer<typeof familySchema>;

export const scrumActivitySchema = z.enum(enumKeys(SCRUM_ACTIVITIES));

const isoDate = z
  .string({ error: "must be a date written as YYYY-MM-DD, e.g. 2026-11-23" })
  // abort: a date in the wrong format is not also reported as not a real day.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written as YYYY-MM-DD, e.g. 2026-11-23", abort: true })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: "is not a real calendar date; write it as YYYY-MM-DD, e.g. 2026-11-23",
  });

const sentence = z
  .string()
  .trim()
  .min(20, "is too short: write one full sentence of at least 20 characters")
  .max(240, "is too long: keep it to one sentence of at most 240 characters")
  .regex(/[.!?]$/, "must be one sentence ending with a full stop");

/** Two titles that differ only in case, spacing or punctuation name the same source. */
export const sourceKey = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export const sourceSchema = z.strictObject({
  title: z.string().trim().min(3).describe("The name of the page, guide or book, as a reader would search for it."),
  url: z
    .url({ protocol: /^https?$/, error: "must be a full web address starting with https://" })
    .optional()
    .describe("Where to read it (https). Leave out for sources that are not public."),
});
export type Source = z.infer<typeof sourceSchema>;

/** Words readers use for an area or a team shape other than its title, which search finds it by. */
const alsoKnownAs = z
  .array(z.string().trim().min(2, "is too short: write a word or phrase readers use, e.g. blockers").max(40, "is too long: keep each to a word or a short phrase"))
  .max(12, "lists more than 12: keep the words readers really use")
  .default([])
  .describe("Other words readers use for this, e.g. [blockers, obstacles]. Search finds the page by them; they are not shown.");

const sources = z.array(sourceSchema).min(1, "needs at least one source: add a `- title: …` item with a `url`");

/** Today's date where it is latest (UTC+14), so an author anywhere may date a change today. */
const latestToday = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);

export const changeSchema = z.strictObject({
  // A date that is not a day at all is reported by isoDate alone.
  date: isoDate
    .refine((d) => Number.isNaN(Date.parse(d)) || d <= latestToday(), "is in the future: date a change the day it was made")
    .describe("The day of the change (YYYY-MM-DD)."),
  note: sentence.describe("One sentence saying what changed, for a reader who knew the page before."),
});
export type Change = z.infer<typeof changeSchema>;

const changes = z
  .array(changeSchema)
  .superRefine((list, ctx) => {
    list.forEach((c, i) => {
      const above = list[i - 1];
      if (above && c.date > above.date) {
        ctx.addIssue({ code: "custom", path: [i, "date"], message: `is newer than the change above it (${above.date}): list changes newest first` });
      }
    });
  })
  .default([])
  .describe("What changed, newest first: each a `date` and a one-sentence `note`, shown on the page, on /changes and in its feed.");

/** The newest change is the file's last update, so the two dates agree (lib/model/changes.ts reads both). */
function newestChangeIsUpdated(fm: { updated: string; changes: Change[] }, ctx: z.RefinementCtx) {
  const newest = fm.changes[0];
  if (newest && newest.date !== fm.updated) {
    ctx.addIssue({
      code: "custom",
      path: ["changes", 0, "date"],
      message: `is ${newest.date} but \`updated\` is ${fm.updated}: the newest change is the last update, so give both the same date`,
    });
  }
}

/** Who a page is for. Internal pages are built only for the internal audience (lib/model/visibility.ts). */
const visibilitySchema = z
  .enum(["public", "internal"])
  .default("public")
  .describe(
    "Who the page is for: public (the default) is published; internal is left out of the default build and only built, marked Internal, for AUDIENCE=internal.",
  );
export type Visibility = z.infer<typeof visibilitySchema>;

/** The fields every content file ends with; `.superRefine(newestChangeIsUpdated)` ties the first to the last. */
const dated = { updated: isoDate.describe("When the facts were last changed (YYYY-MM-DD)."), visibility: visibilitySchema, changes };

/** Where a document came from: its slug (the file name) and its path. */
const documentFields = { slug: slugSchema, file: z.string().describe("Path of the source file, relative to the project.") };

/**
 * A content type, its fields said once, where authors write them: `read` turns a file's front matter
 * into the model's fields (camelCase), and `model` is the model: the file's slug and path, those
 * fields, then what the body gives (a body field of the same name replaces the front matter's).
 */
function contentType<F extends z.ZodRawShape, B extends z.ZodRawShape>(frontMatter: z.ZodObject<F>, body: B) {
  return { read: frontMatter.transform(camelKeys), model: z.object({ ...documentFields, ...camelKeys(frontMatter.shape) }).extend(body) };
}

export const dimensionsSchema = z.strictObject({
  focus: sentence.describe("What the role pays most attention to."),
  scope: sentence.describe("How wide the role's remit is: a feature, a product, a portfolio, an organisation."),
  responsibility: sentence.describe("What the role is ultimately answerable for."),
  communication: sentence.describe("Who the role talks to most, and about what."),
});

export const roleFrontMatterSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(2, "is too short: write the role's name, e.g. Product Owner")
    .max(80, "is too long: keep the role's name to at most 80 characters")
    .describe("The role's name as people say it, e.g. Product Owner."),
  summary: sentence.describe("One sentence used on cards, in search results, meta descriptions and link previews."),
  aliases: z
    .array(z.string().trim().min(2).max(60))
    .default([])
    .describe("Other names and abbreviations people use (e.g. PO). Searching for one finds the role."),
  family: familySchema,
  related: z.array(slugSchema).default([]).describe("Slugs of other roles a reader may want next."),
  builds_on: slugSchema.optional().describe("Slug of a role whose responsibilities this role includes in full; list only what is new."),
  grows_from: z
    .record(
      slugSchema,
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a role slug and an item's anchor, e.g. product-manager#stakeholder-management"),
    )
    .default({})
    .describe(
      "Threads: each item's anchor on this page (a responsibility or growth skill) to the item it grows from on a lower rung of a ladder, as role#anchor.",
    ),
  sources: sources.describe("Where the definition comes from."),
  dimensions: dimensionsSchema.describe("One sentence each on focus, scope, responsibility and communication."),
  ...dated,
}).superRefine(newestChangeIsUpdated);

/** An item with a bold title, a stable anchor id and its description as sanitised HTML. */
export const itemSchema = z.object({
  id: slugSchema.describe("Anchor id on the page, derived from the title."),
  title: z.string().describe("The bold title, as written."),
  html: z.string().describe("The description, rendered and sanitised."),
});
export type Item = z.infer<typeof itemSchema>;

export const levelSchema = z.enum(LEVEL_ORDER).describe("RACI level: A Accountable, R Responsible, C Consulted, I Informed.");
export type Level = z.infer<typeof levelSchema>;

/** A level that may differ by team shape: `C in scrum-team` after the role's own level. */
const inTeams = z
  .record(slugSchema, levelSchema)
  .default({})
  .describe("The level in named team shapes where it differs from the role's own: team shape slug to level.");

/** A responsibility: an item tagged with the area of work it belongs to and the role's RACI level in it. */
export const responsibilitySchema = itemSchema.extend({
  area: slugSchema.describe("The area of work (content/areas/<area>.md) this responsibility belongs to."),
  level: levelSchema,
  inTeams,
});
export type Responsibility = z.infer<typeof responsibilitySchema>;

export const growthLevelSchema = z.object({
  id: slugSchema,
  level: z.string().describe("The level's name, e.g. Beginner."),
  skills: z.array(itemSchema).min(1),
});
export type GrowthLevel = z.infer<typeof growthLevelSchema>;

export const scrumPartSchema = z.object({
  activity: scrumActivitySchema,
  level: levelSchema,
  inTeams,
  html: z.string(),
  line: z.number().optional(),
});
export type ScrumPart = z.infer<typeof scrumPartSchema>;

export const worksWithSchema = z.object({
  slug: slugSchema.describe("The other role."),
  html: z.string().describe("How the two work together."),
});
export type WorksWith = z.infer<typeof worksWithSchema>;

/** A link in a file's prose to an address on this site, with its line, for the cross-file checks. */
export const siteLinkSchema = z.object({ url: z.string(), line: z.number().optional() });
export type SiteLink = z.infer<typeof siteLinkSchema>;

/** A source as a file cites it, with where: for the cross-file check that each source has one title (lib/model/sources.ts). */
export const citedSourceSchema = z.object({ title: z.string(), url: z.string().optional(), line: z.number().optional(), where: z.string() });
export type CitedSource = z.infer<typeof citedSourceSchema>;

export const { read: roleFrontMatter, model: roleSchema } = contentType(roleFrontMatterSchema, {
  purposeHtml: z.string().describe("What the role is for."),
  responsibilities: z.array(responsibilitySchema).min(1),
  growth: z.array(growthLevelSchema),
  scrum: z.array(scrumPartSchema),
  worksWith: z.array(worksWithSchema),
  whyHtml: z.string().describe("Why the role matters."),
  notesHtml: z.string().optional(),
});
export type Role = z.infer<typeof roleSchema>;

/**
 * A role as parsed from one file, before the names in "Works with" are resolved against the other
 * roles, with the line of each item so that cross-file checks can point at it.
 */
export const parsedRoleSchema = roleSchema.extend({
  responsibilities: z.array(responsibilitySchema.extend({ line: z.number().optional() })).min(1),
  worksWith: z.array(z.object({ name: z.string(), html: z.string(), line: z.number().optional() })),
  /** The lines of the front-matter fields that name other roles. */
  lines: z.object({ related: z.array(z.number().optional()), buildsOn: z.number().optional(), growsFrom: z.record(z.string(), z.number().optional()) }),
  links: z.array(siteLinkSchema),
  cited: z.array(citedSourceSchema),
});
export type ParsedRole = z.infer<typeof parsedRoleSchema>;

export const comparisonFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(5).max(120).describe("e.g. Product Manager vs Product Owner."),
  summary: sentence.describe("One sentence: the difference in a nutshell."),
  roles: z
    .tuple([slugSchema, slugSchema], { error: "must list exactly two role slugs, e.g. [product-manager, product-owner]" })
    .describe("The two roles compared, in column order."),
  sources,
  ...dated,
}).superRefine(newestChangeIsUpdated);

export const comparisonRowSchema = z.object({
  id: slugSchema,
  label: z.string(),
  cells: z.tuple([z.string(), z.string()]).describe("HTML for the first and second role."),
});

export const comparisonSectionSchema = z.object({
  id: slugSchema,
  heading: z.string(),
  labelHeading: z.string().optional(),
  html: z.string().optional(),
  rows: z.array(comparisonRowSchema),
});
export type ComparisonSection = z.infer<typeof comparisonSectionSchema>;

export const { read: comparisonFrontMatter, model: comparisonSchema } = contentType(comparisonFrontMatterSchema, {
  sections: z.array(comparisonSectionSchema).min(1),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const ladderFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(5).max(120),
  summary: sentence,
  rungs: z.array(slugSchema).min(2, "needs at least two rungs, lowest first").describe("Role slugs, lowest rung first."),
  sources,
  ...dated,
}).superRefine(newestChangeIsUpdated);

export const { read: ladderFrontMatter, model: ladderSchema } = contentType(ladderFrontMatterSchema, { aboutHtml: z.string() });
export type Ladder = z.infer<typeof ladderSchema>;

const differSchema = z.strictObject({
  roles: z.array(slugSchema).min(2, "must name at least two roles whose pages disagree").describe("The roles the sources disagree about."),
  note: z.string().trim().min(20).max(600).describe("How the sources disagree, naming them."),
  sources,
});

export const areaFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(60).describe("The area's name, e.g. Ordering the product backlog."),
  label: z.string().trim().min(2).max(16).describe("A short name for table headings, e.g. Backlog."),
  order: z.int().positive("must be 1 or more: 1 comes first").describe("Where the area comes in tables and lists: 1 first."),
  definition: sentence.describe("One sentence: what the area covers."),
  also_known_as: alsoKnownAs,
  if_gap: sentence.describe("One sentence of advice for a team where no role is responsible or accountable for the area."),
  if_overlap: sentence.describe("One sentence of advice for a team where two roles are accountable for the area."),
  differ: z.array(differSchema).default([]).describe("Where sources disagree about who owns this area: the roles, a note and its sources."),
  scrum_artefact: z
    .enum(enumKeys(SCRUM_ACTIVITIES))
    .optional()
    .describe("The Scrum artefact this area is about, e.g. product-backlog: a role's letter for it in a Scrum team must match its letter here."),
  ...dated,
}).superRefine(newestChangeIsUpdated);

export const { read: areaFrontMatter, model: areaSchema } = contentType(areaFrontMatterSchema, {
  aboutHtml: z.string().optional().describe("What the area covers and where people get confused, as sanitised HTML."),
});
export type Area = z.infer<typeof areaSchema>;

const areaMap = <T extends z.ZodType>(value: T) =>
  z.record(z.string().regex(SLUG_PATTERN, "each key must be an area's file name, e.g. product-backlog"), value);

/** A short, verbatim phrase from a source, so a reader can find the ruling there. */
const quote = z
  .string()
  .trim()
  .min(10, "is too short: quote the words in the source that support the ruling")
  .max(200, "is too long: quote a short phrase, at most 200 characters")
  .refine((q) => !/^["“'‘]|["”'’]$/.test(q), "is shown in quotation marks already: leave them out");

const RULING_KINDS = ["accountable", "whole_team", "outside", "gap"] as const;

const cited = {
  source: z.string().optional().describe("The title of the source the ruling rests on; the team shape's sources give its address."),
  quote: z.string().optional().describe("A short phrase, word for word from that source."),
  note: z.string().optional().describe("How the roles share the work under this ruling."),
};
/** A ruling in the model and the open data: who answers for the area in the team shape, or why no one role does. */
export const rulingModelSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("accountable"), role: slugSchema.describe("The one role accountable."), ...cited }),
  z.object({
    kind: z.enum(["whole-team", "outside", "gap"]).describe("The whole team answers for it, it sits outside the team, or it is a gap."),
    reason: z.string().describe("Why, in one sentence."),
    ...cited,
  }),
]);

/** How a team shape settles one area: the one role accountable, the whole team, outside the team, or a gap. */
const rulingSchema = z.strictObject({
    accountable: slugSchema.optional().describe("The one role in this team accountable for the area."),
    whole_team: sentence.optional().describe("One sentence: why the whole team answers for the area together, with no single role."),
    outside: sentence.optional().describe("One sentence: why the area sits outside this team, and who usually holds it."),
    gap: sentence.optional().describe("One sentence: why no one in this team shape covers the area, though the team needs it."),
    source: z.string().trim().min(3).optional().describe("The title of one of this file's sources, with a url, that supports the ruling."),
    quote: quote.optional().describe("A short phrase, word for word from that source, that supports the ruling."),
    note: sentence.optional().describe("One sentence on how the roles share the work under this ruling."),
  })
  .superRefine((r, ctx) => {
    const kinds = RULING_KINDS.filter((k) => r[k] !== undefined);
    if (kinds.length !== 1)
      ctx.addIssue({
        code: "custom",
        message: `${kinds.length ? `gives ${kinds.join(" and ")}` : "gives no ruling"}: write exactly one of accountable (a role), whole_team, outside or gap (a sentence)`,
      });
    const needsSource = r.accountable !== undefined || r.whole_team !== undefined;
    for (const key of ["source", "quote"] as const)
      if (needsSource && r[key] === undefined)
        ctx.addIssue({ code: "custom", path: [key], message: `is missing: a ruling that someone answers for the area needs a source and a quote from it` });
    if (!needsSource && (r.source === undefined) !== (r.quote === undefined))
      ctx.addIssue({ code: "custom", path: [r.source === undefined ? "source" : "quote"], message: "is missing: give a source and a quote from it together" });
  })
  .transform((r): z.infer<typeof rulingModelSchema> => {
    const cited = { source: r.source, quote: r.quote, note: r.note };
    if (r.accountable !== undefined) return { kind: "accountable" as const, role: r.accountable, ...cited };
    if (r.whole_team !== undefined) return { kind: "whole-team" as const, reason: r.whole_team, ...cited };
    if (r.outside !== undefined) return { kind: "outside" as const, reason: r.outside, ...cited };
    return { kind: "gap" as const, reason: r.gap ?? "", ...cited };
  });
export type Ruling = z.infer<typeof rulingModelSchema>;
export const RULING_FIELDS = Object.keys(rulingSchema.in.shape);

export const teamFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(80).describe("The team shape's name, e.g. Scrum team."),
  summary: sentence.describe("One sentence used on cards and link previews."),
  also_known_as: alsoKnownAs,
  roles: z.array(slugSchema).min(2, "needs at least two roles").describe("Slugs of the roles in this team shape."),
  scrum: z.boolean().default(false).describe("Whether the team works in Scrum: its roles' Scrum events and artefacts then hold in it."),
  rulings: areaMap(rulingSchema).default({}).describe(
    "For every area of work: who answers for it in this team (accountable: a role, or whole_team), or why no one does (outside, gap), with a source and a quote.",
  ),
  sources,
  ...dated,
}).superRefine(newestChangeIsUpdated);

export const { read: teamFrontMatter, model: teamSchema } = contentType(teamFrontMatterSchema, {
  rulings: z.record(slugSchema, rulingModelSchema).describe("For every area of work, by its slug: how this team shape settles who answers for it."),
  aboutHtml: z.string(),
});
export type Team = z.infer<typeof teamSchema>;

/** A logo is an image file: the extensions browsers show in an <img>. */
const IMAGE_FILE = /\.(svg|png|jpe?g|webp|gif|avif)$/i;

/** content/site.yml: who publishes the site, under what name and colour, and where its source lives. */
export const siteFileSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(2, "is too short: write the site's name, e.g. Engineering Roles")
    .max(60, "is too long: keep the site's name to at most 60 characters")
    .describe("The site's name: the header, every page title, link previews and the open data's schema show it."),
  description: sentence.describe("One sentence on what the site is: search results, link previews and the footer show it."),
  organisation: z.string().trim().min(2).max(100).describe("Who publishes the site, as the footer names it."),
  logo: z
    .string()
    .trim()
    // A file of the site's own: the Content-Security-Policy (scripts/serve.ts) allows images from nowhere else.
    .refine((s) => /^\/[\w./-]+$/.test(s) && !s.includes("..") && IMAGE_FILE.test(s), {
      message: "must be an image file in public/, written as its address: /logo.svg for public/logo.svg",
    })
    .optional()
    .describe("An image shown beside the name in the header: a file in public/, written as its address (/logo.svg for public/logo.svg). Leave out for the name alone."),
  accent: z
    .string()
    .regex(HEX_COLOUR, { error: 'must be a colour written as "#" and six hex digits, in quotes, e.g. "#1d4ed8"', abort: true })
    .superRefine((colour, ctx) => {
      const problem = accentProblem(colour);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .describe(
      'The colour of links and buttons, as "#" and six hex digits, e.g. "#1d4ed8". White text on it needs a contrast of 4.5:1; the dark theme uses a lighter shade of it.',
    ),
  repository: z
    .url({ protocol: /^https$/, error: "must be the repository's web address, starting with https://, e.g. https://github.com/org/roles" })
    .transform((s) => s.replace(/\/+$/, "").replace(/\.git$/, ""))
    .optional()
    .describe('The address of the site\'s repository (GitHub or alike). "Suggest an edit" and "Question or disagree?" links open it; leave out to show neither.'),
  branch: z
    .string()
    .trim()
    .regex(/^[\w.\-/]+$/, "must be a branch name, e.g. main")
    .default("main")
    .describe('The branch "Suggest an edit" opens files on: main unless given.'),
  unpublished_sources: z
    .array(z.string().trim().min(3, "is too short: write the guide's name as pages cite it"))
    .default([])
    .superRefine((titles, ctx) => {
      const seen = new Map<string, number>();
      titles.forEach((t, i) => {
        const key = sourceKey(t);
        const first = seen.get(key);
        if (first !== undefined) ctx.addIssue({ code: "custom", path: [i], message: `names the same source as item ${first + 1}; keep one title for it` });
        else seen.set(key, i);
      });
    })
    .describe(
      "The sources no reader can open (internal guides, for example), each under the one title every page cites it by: a source without a url must use one of these titles.",
    ),
  url: z
    .url({ protocol: /^https?$/, error: "must be the site's public address, starting with https://, e.g. https://roles.example.org" })
    .transform((s) => s.replace(/\/+$/, ""))
    .optional()
    .describe(
      "The site's public address, for canonical links, link previews and the sitemap. The SITE_URL environment variable overrides it; without either, http://localhost:3000.",
    ),
});
export type Site = z.output<typeof siteFileSchema>;

/**
 * content/pairings/<a>-and-<b>.md: what the sources say when one person holds two roles. A warning
 * is only ever one a source gives, quoted word for word; `warns: false` says honestly that the
 * sources we cite give none.
 */
export const pairingFrontMatterSchema = z
  .strictObject({
    roles: z
      .tuple([slugSchema, slugSchema], { error: "must list exactly two role slugs, e.g. [product-owner, scrum-master]" })
      .describe("The two roles one person holds, in alphabetical order; the file is named <first>-and-<second>.md."),
    warns: z
      .boolean()
      .describe("Whether the quoted sources warn against one person holding both roles. false: the page says the sources we cite give no warning."),
    quotes: z
      .array(
        z.strictObject({
          source: z.string().trim().min(3).describe("The title of one of this file's sources, with a url."),
          quote: quote.describe("A short phrase, word for word from that source: the warning, or what it says about the combination."),
        }),
      )
      .min(1, "needs at least one quote: add a `- source: …` item with a `quote` word for word from it")
      .describe("What the sources say about the combination, each a short quote from one of this file's sources."),
    sources,
    updated: isoDate,
  });

export const { read: pairingFrontMatter, model: pairingSchema } = contentType(pairingFrontMatterSchema, {
  quotes: z.array(z.object({ source: z.string(), url: z.string().optional(), quote: z.string() })),
  /** What the sources say, in our own words, as sanitised HTML. */
  aboutHtml: z.string(),
});
export type Pairing = z.infer<typeof pairingSchema>;
