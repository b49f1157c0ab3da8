import type { Nodes } from "mdast";
import { DefaultAbbrMarkerOptions, split } from "sentence-splitter";
import { visit } from "unist-util-visit";
import { type ContentError, formatError } from "@/lib/content/errors";
import { readYaml, splitDocument } from "@/lib/content/markdown";

/*
 * The site's editorial limits, for tests/readability.test.ts: no sentence a page shows runs to
 * MAX_SENTENCE_WORDS words, and a role's profile reads in about five minutes. Text in, findings
 * out, so the rules can be tested on fixtures and then run on the real content/.
 */

/** A sentence of this many words or more is too long to read in one go. */
export const MAX_SENTENCE_WORDS = 40;
/** About five minutes' reading at 240 words a minute. */
export const MAX_PROFILE_WORDS = 1200;

/** A run of text a page shows, with the file line it starts on. */
interface Block {
  text: string;
  /** The line each character of `text` comes from. */
  lineAt: (offset: number) => number;
}

export interface LongSentence {
  line: number;
  words: number;
  sentence: string;
}

// "e.g." and "i.e." are followed by more of the same sentence, capital or not ("e.g. Jira"); the splitter would end it there.
const NEVER_ENDS_A_SENTENCE = ["e.g.", "i.e.", "vs.", "cf."];
const english = DefaultAbbrMarkerOptions.language;
const language = { ...english, PREPOSITIVE_ABBREVIATIONS: [...english.PREPOSITIVE_ABBREVIATIONS, ...NEVER_ENDS_A_SENTENCE] };

export const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The sentences of a run of prose, each with its offset in it. */
export function sentences(text: string): { offset: number; text: string }[] {
  return split(text, { AbbrMarker: { language } })
    .filter((n) => n.type === "Sentence")
    .map((n) => ({ offset: n.range[0], text: n.raw.trim() }));
}

/** Prose a page shows from a Markdown body: each paragraph, table cell and heading, without code (tags such as `product-backlog: A`). */
function bodyBlocks(nodes: readonly Nodes[], bodyOffset: number): Block[] {
  const blocks: Block[] = [];
  for (const root of nodes) {
    visit(root, ["paragraph", "tableCell", "heading"], (node) => {
      const parts: { start: number; line: number; value: string }[] = [];
      let text = "";
      visit(node, "text", (t) => {
        if (t.type !== "text") return;
        parts.push({ start: text.length, line: (t.position?.start.line ?? 1) + bodyOffset, value: t.value });
        text += t.value;
      });
      const lineAt = (offset: number) => {
        const part = [...parts].reverse().find((p) => p.start <= offset) ?? parts[0];
        return part ? part.line + (part.value.slice(0, offset - part.start).match(/\n/g)?.length ?? 0) : 1;
      };
      if (text.trim()) blocks.push({ text, lineAt });
      // A paragraph's own text is taken whole; its inner nodes are not blocks of their own.
      return "skip";
    });
  }
  return blocks;
}

/** Every string in front matter (summaries, notes, advice), at the line of its field. */
function frontMatterBlocks(data: unknown, lineOf: (path: readonly PropertyKey[]) => number | undefined): Block[] {
  const blocks: Block[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === "string") {
      const line = lineOf(path) ?? 1;
      blocks.push({ text: value, lineAt: () => line });
    } else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
  };
  walk(data, []);
  return blocks;
}

// A file that cannot be read would otherwise pass every check unread.
const unreadable = (errors: readonly ContentError[]) => `cannot read the file's prose: ${errors.map(formatError).join("; ")}`;

/** The prose of a content file: its front matter's text and, for a Markdown file, its body. */
function blocksOf(file: string, source: string): Block[] {
  if (file.endsWith(".yml")) {
    const r = readYaml(file, source);
    if (!r.ok) throw new Error(unreadable(r.errors));
    return frontMatterBlocks(r.data, r.lineOf);
  }
  const r = splitDocument(file, source, "gfm");
  if (!r.ok) throw new Error(unreadable(r.errors));
  const { doc } = r;
  return [...frontMatterBlocks(doc.data, doc.lineOf), ...bodyBlocks([...doc.preamble, ...doc.sections.flatMap((s) => s.nodes)], doc.bodyOffset)];
}

/** Every sentence of MAX_SENTENCE_WORDS words or more that the file's page shows, with its line. */
export function longSentences(file: string, source: string): LongSentence[] {
  return blocksOf(file, source).flatMap((b) =>
    sentences(b.text)
      .map((s) => ({ line: b.lineAt(s.offset), words: countWords(s.text), sentence: s.text.replace(/\s+/g, " ") }))
      .filter((s) => s.words >= MAX_SENTENCE_WORDS),
  );
}

/** The words a reader reads in a role's profile: its summary, its four dimensions and every section of its body. */
export function profileWords(file: string, source: string): number {
  const r = splitDocument(file, source);
  if (!r.ok) throw new Error(unreadable(r.errors));
  const { doc } = r;
  const front = [doc.data.summary, ...Object.values((doc.data.dimensions as Record<string, unknown> | undefined) ?? {})].filter((v) => typeof v === "string");
  const body = bodyBlocks([...doc.preamble, ...doc.sections.flatMap((s) => s.nodes)], doc.bodyOffset).map((b) => b.text);
  return countWords([...front, ...body].join(" "));
}
