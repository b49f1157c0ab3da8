import fs from "node:fs";
import path from "node:path";
import { type ContentError, ContentValidationError, type Result } from "./errors";
import { type ContentModel, type ParsedContent, linkContent } from "./model";
import { parseArea } from "./parse-area";
import { parseComparison } from "./parse-comparison";
import { parseLadder } from "./parse-ladder";
import { parseRole } from "./parse-role";
import { parseTeam } from "./parse-team";
import { SLUG_PATTERN } from "./schema";

/*
 * The only module that reads the file system. Everything else receives strings or the
 * typed model, so it can be tested without files.
 */

type ContentKind = "roles" | "comparisons" | "ladders" | "areas" | "teams";

export function contentDir(): string {
  // Read at build time only; the ignore hint stops Turbopack tracing the whole project into the server bundle.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

interface SourceFile {
  /** Path shown in errors, relative to the project root. */
  file: string;
  slug: string;
  text: string;
}

function readKind(root: string, kind: ContentKind, errors: ContentError[]): SourceFile[] {
  const dir = path.join(root, kind);
  if (!fs.existsSync(dir)) return [];
  const rel = path.relative(process.cwd(), dir) || dir;
  return fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith("."))
    .sort()
    .flatMap((name) => {
      const file = path.join(rel, name).split(path.sep).join("/");
      if (!name.endsWith(".md")) {
        errors.push({ file, message: `is not a Markdown file. Content files end in .md; move other files out of content/${kind}.` });
        return [];
      }
      const slug = name.slice(0, -3);
      if (!SLUG_PATTERN.test(slug)) {
        errors.push({
          file,
          message: `the file name is the page's address, so it must be lowercase words joined by hyphens, e.g. "${slug
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "-")
            .replace(/^-|-$/g, "")}.md".`,
        });
        return [];
      }
      return [{ file, slug, text: fs.readFileSync(path.join(dir, name), "utf8") }];
    });
}

/** Reads, parses and cross-checks every content file, collecting every problem. */
export function loadContent(root = contentDir()): Result<ContentModel> {
  const errors: ContentError[] = [];
  const parsed: ParsedContent = { roles: [], comparisons: [], ladders: [], areas: [], teams: [] };
  const collect = <T>(r: Result<T>, into: T[]) => (r.ok ? into.push(r.value) : errors.push(...r.errors));
  for (const f of readKind(root, "roles", errors)) collect(parseRole(f.file, f.slug, f.text), parsed.roles);
  for (const f of readKind(root, "comparisons", errors)) collect(parseComparison(f.file, f.slug, f.text), parsed.comparisons);
  for (const f of readKind(root, "ladders", errors)) collect(parseLadder(f.file, f.slug, f.text), parsed.ladders);
  for (const f of readKind(root, "areas", errors)) collect(parseArea(f.file, f.slug, f.text), parsed.areas);
  for (const f of readKind(root, "teams", errors)) collect(parseTeam(f.file, f.slug, f.text), parsed.teams);
  if (!parsed.roles.length && !errors.length)
    errors.push({
      file: path.relative(process.cwd(), path.join(root, "roles")) || root,
      message: "has no role files. Add at least one content/roles/<slug>.md.",
    });
  if (errors.length) return { ok: false, errors };
  return linkContent(parsed);
}

let cached: ContentModel | undefined;

/**
 * The content model for pages; throws the full error report so the build stops with it. A build
 * reads content/ once; `next dev` reads it on every request, so an edit shows on the next reload.
 */
export function getModel(): ContentModel {
  if (cached) return cached;
  const result = loadContent();
  if (!result.ok) throw new ContentValidationError(result.errors);
  if (process.env.NODE_ENV !== "development") cached = result.value;
  return result.value;
}
