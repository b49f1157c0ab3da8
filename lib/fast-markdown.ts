import type { Heading, Link, List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent, Text } from "mdast";

type Point = NonNullable<Nodes["position"]>["start"];

/*
 * A fast path in front of remark for the shape nearly every content file has: `##`/`###`
 * headings, paragraphs of plain prose, and tight `- ` lists of one-line items such as
 * `- **Title** `area: R`: description`. micromark reads ~5 MB/s, so running it over every byte
 * of 1,500 roles cannot fit in the parse budget; these functions build the very same mdast
 * (node for node, positions included) and the very same HTML without it.
 *
 * Each function answers only for input it can prove it handles exactly as remark does, and
 * returns undefined for anything else, so its caller falls back to remark. The property tests in
 * tests/fast-markdown.test.ts generate the accepted subset and near misses and check that the
 * answer is either undefined or identical to remark's.
 */

/** remark's CommonMark parse of a whole (small) document; used for blocks whose inline text is outside the subset. */
export type Reparse = (source: string) => RootContent[];

interface Span {
  start: number;
  end: number;
}

/** Maps offsets in the body to remark's points (1-based line and column, 0-based offset). */
class Points {
  constructor(private readonly starts: readonly number[]) {}
  at(offset: number, hint = 0): Point {
    let i = hint;
    while (i + 1 < this.starts.length && this.starts[i + 1]! <= offset) i++;
    return { line: i + 1, column: offset - this.starts[i]! + 1, offset };
  }
}

/*
 * Characters that, first on a line, could open a block construct other than a paragraph
 * (indented code, ATX/setext heading, block quote, list, thematic break, fence, HTML block, link
 * reference definition, table). `**`, `*` and a single backtick are let through below when
 * what follows rules the block reading out.
 */
const UNSAFE_START = new Set([" ", "\t", "#", ">", "-", "+", "_", "=", "~", "<", "[", "|", "\\", "!", "&"]);

/** Whether text starting a paragraph or item can only be paragraph text in CommonMark. */
function safeStart(text: string): boolean {
  const c = text[0];
  if (c === undefined) return false;
  if (c >= "0" && c <= "9") return !/^\d+[.)]/.test(text);
  if (c === "*") return /^\*\*?[^\s*_]/.test(text);
  if (c === "`") return /^`[^`]/.test(text);
  return !UNSAFE_START.has(c);
}

/** Tabs, control characters and trailing spaces change columns, breaks or blank lines: none are in the subset. */
const OUTSIDE_LINE = /[\u0000-\u0008\u000b-\u001f\u007f]|\t|\s$/;

type LineKind = "blank" | "heading" | "item" | "text";

function kindOf(line: string): LineKind | undefined {
  if (line === "") return "blank";
  if (OUTSIDE_LINE.test(line)) return undefined;
  if (line.startsWith("- ")) return safeStart(line.slice(2)) ? "item" : undefined;
  if (line[0] === "#") {
    // No closing #s and exactly one space after the opening ones, so the content is the rest of the line.
    const m = /^#{1,6} [^ ]/.exec(line);
    return m && !line.endsWith("#") ? "heading" : undefined;
  }
  return safeStart(line) ? "text" : undefined;
}

/** Characters that can start or end an inline construct (escape, entity, emphasis, link, HTML, autolink). */
const INLINE_SPECIAL = /[\\&*_[\]<`\n]/;
const WORD = /[\p{L}\p{N}]/u;
/** What a link's destination may hold: no spaces, parentheses, quotes, escapes, entities or percent signs. */
const PLAIN_URL = /^[A-Za-z0-9\-._~:/?#@!$+,;=]+$/;

/** Plain text inside a bold lead, an emphasis or a link: nothing that could nest or end early. */
const plain = (text: string) => text !== "" && !INLINE_SPECIAL.test(text);

/** The next character at which an inline construct could start, from lastIndex on. */
const NEXT_SPECIAL = /[\\&*_[\]<`]/g;

/** Builds the phrasing nodes of one inline span, with remark's positions. */
class InlineReader {
  readonly out: PhrasingContent[] = [];
  private textStart = 0;
  constructor(
    readonly s: string,
    private readonly base: number,
    private readonly points: Points,
    private readonly hint: number,
  ) {}

  at(i: number): Point {
    return this.points.at(this.base + i, this.hint);
  }

  text(from: number, to: number): Text {
    return { type: "text", value: this.s.slice(from, to), position: { start: this.at(from), end: this.at(to) } };
  }

  /** Ends the pending text at `end`, adds `node`, and starts the next text at `next`. */
  push(end: number, node: PhrasingContent, next: number): void {
    if (end > this.textStart) this.out.push(this.text(this.textStart, end));
    this.out.push(node);
    this.textStart = next;
  }

  finish(): PhrasingContent[] {
    if (this.s.length > this.textStart) this.out.push(this.text(this.textStart, this.s.length));
    return this.out;
  }
}

/** A `**bold**` lead at the start of `s`: its end, or -1 when `s` does not start with one remark reads the same way. */
function boldLead(s: string): number {
  const close = s.indexOf("**", 2);
  const after = s[close + 2];
  // Left- and right-flanking without Unicode tables: no whitespace just inside, and a space, colon or line end after.
  if (close < 0 || !plain(s.slice(2, close)) || /\s/.test(s[2]!) || /\s/.test(s[close - 1]!)) return -1;
  if (after !== undefined && after !== " " && after !== ":" && after !== "\n") return -1;
  return close + 2;
}

/**
 * The phrasing nodes remark gives for the inline text `body[span]`, or undefined when the text
 * uses anything but plain characters, single-backtick code spans, a `**bold**` lead, `*italic*`
 * words and `[plain text](url)` links.
 */
function inline(body: string, span: Span, points: Points, hint: number): PhrasingContent[] | undefined {
  const s = body.slice(span.start, span.end);
  const r = new InlineReader(s, span.start, points, hint);
  let i = 0;
  if (s.startsWith("**")) {
    const end = boldLead(s);
    if (end < 0) return undefined;
    r.push(0, { type: "strong", children: [r.text(2, end - 2)], position: { start: r.at(0), end: r.at(end) } }, end);
    i = end;
  }
  for (;;) {
    NEXT_SPECIAL.lastIndex = i;
    const m = NEXT_SPECIAL.exec(s);
    if (!m) return r.finish();
    i = m.index;
    const c = m[0];
    if (c === "`") {
      const close = s.indexOf("`", i + 1);
      const value = s.slice(i + 1, close);
      // One-backtick runs on both sides, nothing to strip at either end, and all on one line.
      if (close < 0 || !value || s[close + 1] === "`" || value.includes("\n") || value[0] === " " || value.endsWith(" ")) return undefined;
      r.push(i, { type: "inlineCode", value, position: { start: r.at(i), end: r.at(close + 1) } }, close + 1);
      i = close + 1;
    } else if (c === "*") {
      // A word or words in single stars, with no letter or digit touching the outside of either
      // star: the first can only open and the second only close, whatever the Unicode classes.
      const close = s.indexOf("*", i + 1);
      const inner = s.slice(i + 1, close);
      const before = s[i - 1];
      const after = s[close + 1];
      if (close < 0 || !plain(inner) || !WORD.test(inner[0]!) || !WORD.test(inner[inner.length - 1]!)) return undefined;
      if ((before !== undefined && WORD.test(before)) || (after !== undefined && (WORD.test(after) || after === "*"))) return undefined;
      r.push(i, { type: "emphasis", children: [r.text(i + 1, close)], position: { start: r.at(i), end: r.at(close + 1) } }, close + 1);
      i = close + 1;
    } else if (c === "[") {
      const textEnd = s.indexOf("]", i + 1);
      const urlEnd = textEnd < 0 ? -1 : s.indexOf(")", textEnd + 2);
      const label = s.slice(i + 1, textEnd);
      const url = s.slice(textEnd + 2, urlEnd);
      // `![` would be an image; a label without letters is left to remark.
      if (urlEnd < 0 || s[textEnd + 1] !== "(" || s[i - 1] === "!" || !plain(label) || !label.trim() || !PLAIN_URL.test(url)) return undefined;
      const link: Link = { type: "link", title: null, url, children: [r.text(i + 1, textEnd)], position: { start: r.at(i), end: r.at(urlEnd + 1) } };
      r.push(i, link, urlEnd + 1);
      i = urlEnd + 1;
    } else return undefined;
  }
}

/** Adds a block's place in the body to the positions remark gave it when parsed on its own. */
function shift(node: Nodes, lines: number, offset: number): void {
  if (node.position) {
    for (const p of [node.position.start, node.position.end]) {
      p.line += lines;
      if (p.offset !== undefined) p.offset += offset;
    }
  }
  if ("children" in node) for (const child of node.children) shift(child, lines, offset);
}

/**
 * The block's own lines parsed by remark, placed back in the body. Without link reference
 * definitions (no line of a fast-path body can start one), a paragraph's inline content parses
 * the same alone as in its document.
 */
function reparsed<T extends RootContent["type"]>(
  reparse: Reparse,
  body: string,
  span: Span,
  line: number,
  type: T,
): Extract<RootContent, { type: T }> | undefined {
  const nodes = reparse(body.slice(span.start, span.end));
  const node = nodes[0];
  if (nodes.length !== 1 || node?.type !== type) return undefined;
  shift(node, line, span.start);
  return node as Extract<RootContent, { type: T }>;
}

/**
 * The mdast children remark's CommonMark parser gives for `body`, or undefined when the body's
 * blocks are outside the subset. Inline text outside the subset is handed, one block at a time,
 * to `reparse`.
 */
export function fastBlocks(body: string, reparse: Reparse): RootContent[] | undefined {
  // remark drops a byte order mark at the start of a document, and blocks whose inline text is
  // outside the subset are reparsed alone, so a mark anywhere could start one and shift positions.
  if (body.includes("\uFEFF")) return undefined;
  const lines = body.split("\n");
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const points = new Points(starts);
  const kinds: LineKind[] = [];
  for (const line of lines) {
    const kind = kindOf(line);
    if (!kind) return undefined;
    kinds.push(kind);
  }
  const lineSpan = (from: number, to: number): Span => ({ start: starts[from]!, end: starts[to]! + lines[to]!.length });
  const out: RootContent[] = [];
  let listEnded = false;
  for (let i = 0; i < lines.length;) {
    const kind = kinds[i]!;
    if (kind === "blank") {
      i++;
      continue;
    }
    if (kind === "heading") {
      const depth = lines[i]!.indexOf(" ") as Heading["depth"];
      const span = lineSpan(i, i);
      const children = inline(body, { start: span.start + depth + 1, end: span.end }, points, i);
      const node: Heading | undefined = children
        ? { type: "heading", depth, children, position: { start: points.at(span.start, i), end: points.at(span.end, i) } }
        : reparsed(reparse, body, span, i, "heading");
      if (!node) return undefined;
      out.push(node);
      listEnded = false;
      i++;
      continue;
    }
    if (kind === "item") {
      // After a blank line, another item would join the list before it and make it loose.
      if (listEnded) return undefined;
      const items: ListItem[] = [];
      const first = i;
      for (; kinds[i] === "item"; i++) {
        const span = lineSpan(i, i);
        const children = inline(body, { start: span.start + 2, end: span.end }, points, i);
        const position = { start: points.at(span.start, i), end: points.at(span.end, i) };
        let item: ListItem | undefined;
        if (children) {
          const paragraph: Paragraph = { type: "paragraph", children, position: { start: points.at(span.start + 2, i), end: points.at(span.end, i) } };
          item = { type: "listItem", spread: false, checked: null, children: [paragraph], position };
        } else {
          const list = reparsed(reparse, body, span, i, "list");
          item = list?.children.length === 1 && !list.spread ? list.children[0] : undefined;
        }
        if (!item) return undefined;
        items.push(item);
      }
      // A text line straight after an item is a lazy continuation of it.
      if (kinds[i] === "text") return undefined;
      const list: List = {
        type: "list",
        ordered: false,
        start: null,
        spread: false,
        children: items,
        position: { start: points.at(starts[first]!, first), end: points.at(lineSpan(i - 1, i - 1).end, i - 1) },
      };
      out.push(list);
      listEnded = true;
      continue;
    }
    const first = i;
    while (kinds[i] === "text") i++;
    const span = lineSpan(first, i - 1);
    const children = inline(body, span, points, first);
    const node: Paragraph | undefined = children
      ? { type: "paragraph", children, position: { start: points.at(span.start, first), end: points.at(span.end, i - 1) } }
      : reparsed(reparse, body, span, first, "paragraph");
    if (!node) return undefined;
    out.push(node);
    listEnded = false;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------

/** hast-util-to-html escapes only these two in text, as hexadecimal references. */
const escapeText = (value: string) => value.replace(/[&<]/g, (c) => (c === "&" ? "&#x26;" : "&#x3C;"));

/** mdast-util-to-hast's trim-lines: spaces and tabs around each line ending go. */
const trimLines = (value: string) => (value.includes("\n") || value.includes("\r") ? value.replace(/[ \t]*(\r?\n|\r)[ \t]*/g, "$1") : value);

/**
 * Destinations remark-html writes out as they are: no character that normalizeUri would encode
 * or an attribute would escape, and a relative path or a scheme the sanitiser keeps.
 */
const SAFE_HREF = /^(?:\/|https?:\/\/|mailto:)[A-Za-z0-9\-._~:/?#@!$+,;=]*$/;

function phrasingHtml(nodes: readonly PhrasingContent[]): string | undefined {
  let html = "";
  for (const node of nodes) {
    if ("data" in node && node.data) return undefined;
    if (node.type === "text") html += escapeText(trimLines(node.value));
    else if (node.type === "inlineCode") html += `<code>${escapeText(node.value.replace(/\r?\n|\r/g, " "))}</code>`;
    else if (node.type === "strong" || node.type === "emphasis") {
      const inner = phrasingHtml(node.children);
      if (inner === undefined) return undefined;
      const tag = node.type === "strong" ? "strong" : "em";
      html += `<${tag}>${inner}</${tag}>`;
    } else if (node.type === "link") {
      const inner = phrasingHtml(node.children);
      if (inner === undefined || (node.title ?? null) !== null || !SAFE_HREF.test(node.url)) return undefined;
      html += `<a href="${node.url}">${inner}</a>`;
    } else return undefined;
  }
  return html;
}

function blockHtml(node: RootContent): string | undefined {
  if ("data" in node && node.data) return undefined;
  if (node.type === "paragraph") {
    const inner = phrasingHtml(node.children);
    return inner === undefined ? undefined : `<p>${inner}</p>`;
  }
  if (node.type === "heading") {
    const inner = phrasingHtml(node.children);
    return inner === undefined ? undefined : `<h${node.depth}>${inner}</h${node.depth}>`;
  }
  if (node.type === "list") {
    // Tight, unordered, without task items: each item's one paragraph goes straight into its <li>.
    if (node.ordered || node.spread || !node.children.length) return undefined;
    const items: string[] = [];
    for (const li of node.children) {
      const p = li.children[0];
      if (li.spread || li.checked === true || li.checked === false || li.children.length !== 1 || p?.type !== "paragraph") return undefined;
      if ((li.data ?? p.data) !== undefined) return undefined;
      const inner = phrasingHtml(p.children);
      if (inner === undefined) return undefined;
      items.push(`<li>${inner}</li>`);
    }
    return `<ul>\n${items.join("\n")}\n</ul>`;
  }
  return undefined;
}

/**
 * remark-html's output for these blocks (trimmed, as renderHtml trims it), or undefined when a
 * node is outside paragraphs, headings and tight bullet lists of plain, bold, italic and code text
 * and plain links.
 */
export function fastHtml(nodes: readonly RootContent[]): string | undefined {
  const parts: string[] = [];
  for (const node of nodes) {
    const html = blockHtml(node);
    if (html === undefined) return undefined;
    parts.push(html);
  }
  return parts.join("\n").trim();
}
