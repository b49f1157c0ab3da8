import fs from "node:fs";
import path from "node:path";
import { type ContentError, ContentValidationError, type Result, formatErrors } from "./errors";
import { contentWarnings, linkContent } from "../model/link";
import type { ContentModel, ParsedContent } from "../model/types";
import type { Audience } from "../model/visibility";
import { PLACEHOLDER, placeholderWarnings } from "./placeholders";
import { parseArea } from "./parse-area";
import { parseComparison } from "./parse-comparison";
import { parseLadder } from "./parse-ladder";
import { parseRole } from "./parse-role";
import { parsePairing } from "./parse-pairing";
import { type ParseCache, openParseCache } from "./cache";
import { parseTeam, reviveTeam } from "./parse-team";
import { SLUG_PATTERN, type Site } from "./schema";
import { slugify } from "./markdown";
import { SITE_FILE, parseSite } from "./parse-site";
import { checkSources } from "../model/sources";

/*
 * The only module that reads content from the file system (lib/content/cache.ts keeps what it
 * parsed). Everything else receives strings or the typed model, so it can be tested without files.
 */

type ContentKind = keyof ParsedContent;
type Parsed<K extends ContentKind> = ParsedContent[K][number];

/** Each kind's folder under content/, in the order problems are reported, with its parser. */
const KINDS: { [K in ContentKind]: { parse: (file: string, slug: string, text: string) => Result<Parsed<K>>; revive?: (cached: Parsed<K>) => Parsed<K> } } = {
  roles: { parse: parseRole },
  comparisons: { parse: parseComparison },
  ladders: { parse: parseLadder },
  areas: { parse: parseArea },
  // A cached team comes back as JSON, without its line lookup.
  teams: { parse: parseTeam, revive: reviveTeam },
  pairings: { parse: parsePairing },
};
const KIND_NAMES = Object.keys(KINDS) as ContentKind[];
/** One value for each kind, in KINDS order. */
const byKind = <T>(make: (kind: ContentKind) => T) => Object.fromEntries(KIND_NAMES.map((kind) => [kind, make(kind)])) as Record<ContentKind, T>;

export function contentDir(): string {
  // Read at build time only; the ignore hint stops Turbopack tracing the whole project into the server bundle.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

export interface SourceFile {
  kind: ContentKind;
  /** Path shown in errors, relative to the project root. */
  file: string;
  slug: string;
  /** The file as read: decoded only to be parsed, since the cache has most files and a string would double their size in memory. */
  bytes: Uint8Array;
  /** The cache's name for the file's parse: a hash of all of the above. */
  key: string;
}

// A worker is given the bytes as a plain Uint8Array, so each use wraps them (without a copy).
const bufferOf = ({ bytes }: SourceFile) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
/** A file's text, decoded as fs.readFileSync(file, "utf8") does (a byte-order mark is kept, for the parsers to drop). */
const textOf = (f: SourceFile) => bufferOf(f).toString("utf8");

/** Who the build is for, from AUDIENCE: "public" (the default) leaves internal pages out, "internal" builds them too. */
export function contentAudience(value = process.env.AUDIENCE): Audience {
  if (value === undefined || value === "" || value === "public") return "public";
  if (value === "internal") return "internal";
  throw new Error(`AUDIENCE is "${value}": use "public" (the default, which leaves internal pages out) or "internal".`);
}

/** A content folder, read: every file, and every name in it that cannot be a content file. */
export interface ContentFolder {
  root: string;
  cache: ParseCache;
  /** Kind by kind, in KINDS order. */
  files: SourceFile[];
  misnamed: Record<ContentKind, ContentError[]>;
}

export function readContent(root = contentDir(), cache: ParseCache = openParseCache()): ContentFolder {
  const folder: ContentFolder = { root, cache, files: [], misnamed: byKind(() => []) };
  for (const kind of KIND_NAMES) {
    const dir = path.join(root, kind);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const file = shownPath(path.join(dir, name));
      const slug = name.slice(0, -3);
      if (!name.endsWith(".md")) {
        folder.misnamed[kind].push({ file, message: `is not a Markdown file. Content files end in .md; move other files out of content/${kind}.` });
      } else if (!SLUG_PATTERN.test(slug)) {
        const message = `the file name is the page's address, so it must be lowercase words joined by hyphens, e.g. "${slugify(slug)}.md".`;
        folder.misnamed[kind].push({ file, message });
      } else {
        const bytes = fs.readFileSync(path.join(dir, name));
        folder.files.push({ kind, file, slug, bytes, key: cache.key(kind, file, slug, bytes) });
      }
    }
  }
  return folder;
}

/** The files whose parse the cache does not have yet. */
export const uncachedFiles = ({ files, cache }: ContentFolder): SourceFile[] => files.filter((f) => !cache.has(f.key));

/**
 * A file parsed, and kept in the cache if it has no problems: those are left for loadContent to
 * report. `npm run validate` calls it from a thread on each core (scripts/validate.ts).
 */
export function parseFile<K extends ContentKind>(cache: ParseCache, f: SourceFile & { kind: K }): Result<Parsed<K>> {
  const r = KINDS[f.kind].parse(f.file, f.slug, textOf(f));
  if (r.ok) cache.set(f.key, r.value);
  return r;
}

/**
 * Reads, parses and cross-checks every content file, collecting every problem, and gives the model
 * for the audience (lib/model/visibility.ts). A file whose text the cache has seen is not parsed
 * again, and when no file changed the linked model itself comes from the cache. Problems are never
 * cached, so a file with any is parsed (and reported) each time. Warnings come with the result
 * either way: placeholders still to fill in, one-way "Works with" links. `forChecking` is for a
 * model that is only checked, never shown (`npm run validate`): it is not kept, since no build reads
 * it, and the files the cache has come without their rendered HTML, which no check reads.
 */
export function loadContent(
  root = contentDir(),
  cache: ParseCache = openParseCache(),
  folder = readContent(root, cache),
  audience: Audience = contentAudience(),
  { forChecking = false } = {},
): Result<ContentModel> {
  const placeholders = folder.files.flatMap((f) => (bufferOf(f).includes(PLACEHOLDER) ? placeholderWarnings(f.file, textOf(f)) : []));
  const done = (value: ContentModel): Result<ContentModel> => ({ ok: true, value, warnings: [...placeholders, ...contentWarnings(value)] });
  // The linked model is kept too, one per content folder and audience, named for the keys of all its files.
  const models = `model-${cache.key(path.resolve(root), audience)}`;
  const misnamed = KIND_NAMES.some((kind) => folder.misnamed[kind].length);
  // The site file is small, so it is read each time: its problems come first in the report.
  const site = loadSite(root);
  // The sources check reads the site file's list, so a model checked against another list is not reused.
  const unpublished = site.ok ? site.value.unpublished_sources : [];
  const model = `${models}-${cache.key(...folder.files.map((f) => f.key), ...unpublished)}`;
  const saved = misnamed || !site.ok || forChecking ? undefined : cache.get<ContentModel>(model);
  if (saved) return done(saved);

  const errors: ContentError[] = site.ok ? [] : [...site.errors];
  const parsed = parseFolder(folder, errors, !forChecking);
  if (site.ok) errors.push(...checkSources(parsed, unpublished, shownPath(path.join(root, SITE_FILE))));
  if (!parsed.roles.length && !errors.length)
    errors.push({ file: shownPath(path.join(root, "roles")), message: "has no role files. Add at least one content/roles/<slug>.md." });
  if (errors.length) return { ok: false, errors, warnings: placeholders };
  const linked = linkContent(parsed, audience);
  if (!linked.ok) return { ...linked, warnings: placeholders };
  if (!forChecking) cache.set(model, linked.value, models);
  return done(linked.value);
}

/** The model for a script that cannot go on without it: its problems, if any, printed as `npm run validate` prints them, and exit 1. */
export function loadContentOrExit(...args: Parameters<typeof loadContent>): ContentModel {
  const result = loadContent(...args);
  if (result.ok) return result.value;
  process.stderr.write(formatErrors(result.errors));
  process.exit(1);
}

/**
 * Every file of a folder that parses, its problems added to `errors`: the documents before the
 * cross-file checks (`npm run new` looks names up in them even while other files have problems).
 * Without `prose`, those the cache has come without their rendered HTML.
 */
export function parseFolder(folder: ContentFolder, errors: ContentError[] = [], prose = true): ParsedContent {
  const { cache } = folder;
  const load = <K extends ContentKind>(kind: K): Parsed<K>[] => {
    errors.push(...folder.misnamed[kind]);
    const { revive = (v) => v } = KINDS[kind];
    return folder.files
      .filter((f): f is SourceFile & { kind: K } => f.kind === kind)
      .flatMap((f) => {
        const cached = cache.get<Parsed<K>>(f.key, prose);
        if (cached) return [revive(cached)];
        const r = parseFile(cache, f);
        if (r.ok) return [r.value];
        errors.push(...r.errors);
        return [];
      });
  };
  return byKind(load) as ParsedContent;
}

/** A path as problems name it: relative to the project, with forward slashes. */
const shownPath = (full: string) => (path.relative(process.cwd(), full) || full).split(path.sep).join("/");

/** The site file, content/site.yml: the site's name, colour and addresses (lib/site/config.ts gives them to the pages). */
export function loadSite(root = contentDir()): Result<Site> {
  const full = path.join(root, SITE_FILE);
  const file = shownPath(full);
  if (!fs.existsSync(full)) {
    const message = `is missing. Every site needs one: create it with the lines \`name: …\` (the site's name), \`description: …\` (one sentence), \`organisation: …\` and \`accent: "#1d4ed8"\` (a colour for links and buttons). See "The site file" in docs/authoring.md.`;
    return { ok: false, errors: [{ file, message }] };
  }
  // A logo in public/ is served from the site's root, so its address is its path there.
  const publicDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "public");
  return parseSite(file, fs.readFileSync(full, "utf8"), (address) => fs.existsSync(path.join(publicDir, address)));
}

/**
 * A loader's value, or its problems thrown so the build stops with them. A build loads once;
 * `next dev` loads on every request, so an edit shows on the next reload (the parse cache makes
 * that a read of one file while nothing changed, and one parse after an edit).
 */
function loadedOnce<T>(load: () => Result<T>): () => T {
  let cached: T | undefined;
  return () => {
    if (cached) return cached;
    const result = load();
    if (!result.ok) throw new ContentValidationError(result.errors);
    if (process.env.NODE_ENV !== "development") cached = result.value;
    return result.value;
  };
}

/** The site file's settings, read once per build as the model is. */
export const getSite: () => Site = loadedOnce(() => loadSite());

/** The content model for pages. */
export const getModel: () => ContentModel = loadedOnce(() => loadContent());
