import matter from "gray-matter";
import type { Heading, ListItem, Nodes, PhrasingContent, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { LineCounter, isMap, isScalar, parseDocument } from "yaml";
import type { ContentError } from "./errors";

/*
 * Markdown and YAML mechanics shared by the role, comparison and ladder parsers. Nothing
 * here knows what a role is; it turns text into front-matter data with line numbers and a
 * body split into `##` sections, and renders prose fragments to sanitised HTML.
 */

// GitHub-flavoured Markdown is only needed for a comparison's tables, and it triples parsing
// time, so the other kinds of file are read as plain CommonMark (see the README's format notes).
const parsers = { commonmark: remark(), gfm: remark().use(remarkGfm) };
export type MarkdownFlavour = keyof typeof parsers;
// remark-html keeps its default sanitising (GitHub's schema): raw HTML and javascript: URLs are
// dropped. Every rendered fragment goes through it. It renders GFM's nodes (tables, strikethrough)
// without remark-gfm, which only teaches the parser to make them.
const renderer = remark().use(remarkHtml);

/**
 * The front matter and the body, as gray-matter splits them. gray-matter only splits here: its
 * engine hands the matter back untouched, and splitDocument reads the data with yaml, which
 * knows each field's line. It skips the engine for a matter of comments and blank lines alone.
 */
function splitFrontMatter(text: string): { matter: string; content: string } {
  let raw = "";
  const file = matter(text, {
    engines: {
      yaml: (s: string) => {
        raw = s;
        return {};
      },
    },
  });
  return { matter: raw, content: file.content };
}

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function renderHtml(nodes: readonly RootContent[]): string {
  const root: Root = { type: "root", children: [...nodes] };
  // remark-html does all its work (including sanitising) in its compiler, so no transform pass is needed.
  return String(renderer.stringify(root)).trim();
}

export interface Section {
  heading: string;
  line: number;
  nodes: RootContent[];
}

export interface SplitDocument {
  data: Record<string, unknown>;
  lines: LineTable;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  preamble: RootContent[];
  sections: Section[];
  /** Added to a body node's line to get the line in the file. */
  bodyOffset: number;
}

export function lineOfNode(node: Nodes, offset: number): number | undefined {
  return node.position ? node.position.start.line + offset : undefined;
}

/** The line of every field in the YAML, by path: what every line lookup answers from, so a cached copy answers the same. */
function fieldLines(yamlDoc: ReturnType<typeof parseDocument>, lineCounter: LineCounter, data: unknown): LineTable {
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // The key's own line reads better for a field than its value's, which may be on the next line.
    const parentPath = path.slice(0, -1);
    const parent = parentPath.length ? yamlDoc.getIn(parentPath as unknown[], true) : yamlDoc.contents;
    const last = path[path.length - 1];
    if (isMap(parent) && last !== undefined) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      const range = (pair && isScalar(pair.key) && pair.key.range) || undefined;
      if (range) return lineCounter.linePos(range[0]).line;
    }
    const node = path.length ? yamlDoc.getIn(path as unknown[], true) : yamlDoc.contents;
    const range = node && typeof node === "object" && "range" in node ? (node.range as [number, number, number] | undefined) : undefined;
    // The matter string starts with the newline after the opening ---, so its lines are the file's lines.
    if (range) return lineCounter.linePos(range[0]).line;
    // A field without a line of its own (one an alias brings in) takes its parent's, in lineLookup.
    return path.length ? undefined : 1;
  };
  const table: LineTable = {};
  eachValue(data, (_, path) => {
    const line = lineOf(path);
    if (line !== undefined) table[pathKey(path)] = line;
  });
  return table;
}

/** The text without a byte-order mark, with every line ending a plain \n. */
const normalised = (source: string) => source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

/**
 * YAML's fields and each one's line, or its problem with the line: a file's front matter, or a file
 * of YAML alone (content/site.yml), whose problems are the file's rather than a front matter's.
 */
export function readYaml(
  file: string,
  source: string,
  frontMatter = false,
): { ok: true; data: Record<string, unknown>; lines: LineTable; lineOf: SplitDocument["lineOf"] } | { ok: false; errors: ContentError[] } {
  const where = frontMatter ? { where: "front matter" } : {};
  const lineCounter = new LineCounter();
  // Warnings would go to the console; problems that matter come back as errors below.
  const yamlDoc = parseDocument(normalised(source), { lineCounter, prettyErrors: false, logLevel: "error" });
  // A front matter of comments and blank lines alone has no fields, and no lines to point at.
  const hasYaml = !frontMatter || source !== "";
  let data: unknown = {};
  try {
    const err = yamlDoc.errors[0];
    if (err) throw err;
    if (hasYaml) data = yamlDoc.toJS() ?? {};
  } catch (e) {
    // The YAML parser runs without pretty errors, so the line comes from the error's offset.
    const err = e as { pos?: [number, number]; message?: string };
    const line = err.pos ? lineCounter.linePos(err.pos[0]).line : 1;
    const first = (err.message ?? "unreadable YAML").split("\n")[0];
    return { ok: false, errors: [{ file, line, ...where, message: `is not valid YAML (${first}). Check indentation, and put quotes around text that contains ": ".` }] };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    // A front matter's first line is the file's second, after the opening ---.
    return { ok: false, errors: [{ file, line: frontMatter ? 2 : 1, ...where, message: "must be a list of `field: value` lines." }] };
  }
  const lines = hasYaml ? fieldLines(yamlDoc, lineCounter, data) : {};
  return { ok: true, data: data as Record<string, unknown>, lines, lineOf: lineLookup(lines) };
}

/** Splits a file into front matter (with a field → line lookup) and `##` sections. */
export function splitDocument(
  file: string,
  source: string,
  flavour: MarkdownFlavour = "commonmark",
): { ok: true; doc: SplitDocument } | { ok: false; errors: ContentError[] } {
  const text = normalised(source);
  if (!/^---\n/.test(text)) {
    return {
      ok: false,
      errors: [{ file, line: 1, message: "has no front matter. Start the file with a line `---`, the fields (title: …, summary: …), then another `---`." }],
    };
  }
  const front = splitFrontMatter(text);
  const yaml = readYaml(file, front.matter, true);
  if (!yaml.ok) return yaml;
  const { data, lines, lineOf } = yaml;
  const contentStart = text.length - front.content.length;
  const bodyOffset = text.slice(0, contentStart).split("\n").length - 1;

  const children = parsers[flavour].parse(front.content).children;
  const preamble: RootContent[] = [];
  const sections: Section[] = [];
  for (const node of children) {
    if (node.type === "heading" && node.depth === 2) {
      sections.push({ heading: toString(node).trim(), line: lineOfNode(node, bodyOffset) ?? 1, nodes: [node] });
    } else if (sections.length) {
      sections[sections.length - 1]!.nodes.push(node);
    } else {
      preamble.push(node);
    }
  }
  for (const s of sections) s.nodes.shift();
  const topLevel = children.filter((n): n is Heading => n.type === "heading" && n.depth === 1);
  const errors: ContentError[] = topLevel.map((h) => ({
    file,
    line: lineOfNode(h, bodyOffset),
    message: `"# ${toString(h)}" is a top-level heading. The title comes from the front matter; use "## " for sections.`,
  }));
  if (errors.length) return { ok: false, errors };
  return { ok: true, doc: { data, lines, lineOf, preamble, sections, bodyOffset } };
}

/** The line of every field in a front matter, by path: a line lookup that survives the cache as JSON. */
export type LineTable = Record<string, number>;
const pathKey = (path: readonly PropertyKey[]) => JSON.stringify(path.map(String));

/** Calls `visit` with the data and with every value inside it, each with its path (a list's items by number). */
export function eachValue(data: unknown, visit: (value: unknown, path: (string | number)[]) => void, path: (string | number)[] = []): void {
  visit(data, path);
  if (data && typeof data === "object") for (const [k, v] of Object.entries(data)) eachValue(v, visit, [...path, Array.isArray(data) ? Number(k) : k]);
}

/** A field's line, from the table: a path the front matter does not have takes its nearest parent's line. */
export const lineLookup =
  (table: LineTable) =>
  (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const line = table[pathKey(path.slice(0, n))];
      if (line !== undefined) return line;
    }
    return undefined;
  };

export interface BoldItem {
  title: string;
  html: string;
  line?: number;
  /** The inline-code tag written right after the bold title (`product-backlog: A`), if any. */
  tag?: string;
}

/**
 * Reads the `- **Title**: description` items of the lists in `nodes`, reporting each item that does
 * not follow the pattern (and why, phrased for the author) instead of returning it.
 */
export function readBoldItems(nodes: readonly RootContent[], offset: number, report: (line: number | undefined, message: string) => void): BoldItem[] {
  return nodes.flatMap((list) => (list.type === "list" ? list.children : [])).flatMap((li) => {
    const item = readBoldItem(li, offset);
    if (!("problem" in item)) return [item];
    report(lineOfNode(li, offset), item.problem);
    return [];
  });
}

function readBoldItem(li: ListItem, offset: number): BoldItem | { problem: string } {
  const [first, ...rest] = li.children;
  // Quote the start of the item, cut at a word boundary, so the author can find it (only a problem needs it).
  const quote = () => {
    const full = toString(li).trim();
    return full.length > 40 ? `${full.slice(0, 41).replace(/\s+\S*$/, "")}…` : full;
  };
  const pattern = `write it as "- **Short title**: description"`;
  if (!first || first.type !== "paragraph") return { problem: `item "${quote()}" has no text; ${pattern}.` };
  const [strong, ...inline] = first.children;
  if (!strong || strong.type !== "strong") return { problem: `item "${quote()}" does not start with a bold title; ${pattern}.` };
  let title = toString(strong).trim();
  const remaining: PhrasingContent[] = [...inline];
  let hadColon = false;
  if (title.endsWith(":")) {
    title = title.slice(0, -1).trim();
    hadColon = true;
  }
  // An inline-code tag may follow the bold title: - **Title** `area: A`: description.
  let tag: string | undefined;
  const tagAt = remaining[0]?.type === "text" && !remaining[0].value.trim() ? 1 : 0;
  const tagNode = remaining[tagAt];
  if (tagNode?.type === "inlineCode") {
    tag = tagNode.value.trim();
    remaining.splice(0, tagAt + 1);
  }
  const head = remaining[0];
  if (head && head.type === "text") {
    const stripped = head.value.replace(/^\s*[:\-–—]?\s*/, "");
    hadColon ||= /^\s*[:\-–—]/.test(head.value);
    if (stripped) remaining[0] = { ...head, value: stripped };
    else remaining.shift();
  }
  if (!title) return { problem: `item has an empty bold title; ${pattern}.` };
  const body: RootContent[] = [];
  if (remaining.length) body.push({ type: "paragraph", children: remaining });
  body.push(...rest);
  if (isBlank(body)) {
    return { problem: `"${title}" has a title but no description; add ": what the role does" after the bold title.` };
  }
  if (!hadColon) return { problem: `"${title}" needs a colon after the bold title; ${pattern}.` };
  return { title, html: renderHtml(body), line: lineOfNode(li, offset), ...(tag === undefined ? {} : { tag }) };
}

export function isBlank(nodes: readonly RootContent[]): boolean {
  return !toString({ type: "root", children: [...nodes] }).trim();
}
