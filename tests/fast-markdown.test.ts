import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { List, ListItem, PhrasingContent, RootContent } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content";
import { fastBlocks, fastHtml } from "@/lib/fast-markdown";
import { fastPaths, splitFrontMatter } from "@/lib/markdown";
import { parseArea } from "@/lib/parse-area";
import { parseLadder } from "@/lib/parse-ladder";
import { parseRole } from "@/lib/parse-role";
import { parseTeam } from "@/lib/parse-team";

/*
 * The fast paths must give exactly what remark (and remark-html) give, or decline. These tests
 * hold them to that on every real file, on the whole model, and on generated documents from the
 * accepted subset mixed with near misses (each property also checks that it accepted enough
 * inputs to mean something).
 */

const RUNS = 1000;
const TIMEOUT = 60_000;
const CONTENT = path.join(process.cwd(), "content");

const commonmark = remark();
const reference = (body: string) => commonmark.parse(body).children;
const renderer = remark().use(remarkGfm).use(remarkHtml);
const referenceHtml = (nodes: RootContent[]) => String(renderer.stringify({ type: "root", children: nodes })).trim();
/** JSON, not toEqual: key order and undefined-valued keys must match too. */
const same = (a: unknown, b: unknown) => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

afterEach(() => {
  fastPaths.enabled = true;
});

function bodies(kind: string): { file: string; body: string }[] {
  const dir = path.join(CONTENT, kind);
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), "utf8").replace(/\r\n?/g, "\n");
      return { file: `${kind}/${name}`, body: splitFrontMatter(text).content };
    });
}

describe("the fast paths on the real content", () => {
  it("parses every role, area, ladder and team body exactly as remark does", () => {
    const files = ["roles", "areas", "ladders", "teams"].flatMap(bodies);
    const declined: string[] = [];
    let blocks = 0;
    for (const { file, body } of files) {
      const fast = fastBlocks(body, reference);
      if (!fast) declined.push(file);
      else {
        same(fast, reference(body));
        blocks += fast.length;
      }
    }
    // Every file takes the fast path today; a new file that does not should be a choice, not a surprise.
    expect(declined).toEqual([]);
    expect(blocks).toBeGreaterThan(300);
  });

  it("renders every section and item of every file as remark-html does", () => {
    let fast = 0;
    let all = 0;
    const check = (nodes: RootContent[]) => {
      all++;
      const html = fastHtml(nodes);
      if (html !== undefined) {
        fast++;
        expect(html).toBe(referenceHtml(nodes));
      }
    };
    for (const { body } of ["roles", "areas", "ladders", "teams"].flatMap(bodies)) {
      const nodes = reference(body);
      check(nodes);
      for (const node of nodes) {
        check([node]);
        if (node.type === "list") for (const li of node.children) check(li.children);
      }
    }
    expect(fast / all).toBeGreaterThan(0.95);
  });

  it("gives a byte-identical content model with the fast paths on and off", () => {
    const on = loadContent(CONTENT);
    fastPaths.enabled = false;
    const off = loadContent(CONTENT);
    expect(on.ok).toBe(true);
    expect(JSON.stringify(on)).toBe(JSON.stringify(off));
  });
});

// ---------------------------------------------------------------------------------------------
// Generated Markdown: the subset, and near misses of every kind the fast path must decline
// ---------------------------------------------------------------------------------------------

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,7}$/);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
/** Single characters an author might type, most of them meaningful somewhere in Markdown. */
const oddChar = fc.constantFrom(
  ..."*_[]()`\\&<>!#~|=+-.:;,'\"?/ \t\u00a0\r".split(""),
  "é",
  "ß",
  "“",
  "”",
  "—",
  "𝐀",
  "😀",
  "\u0000",
  "\uFEFF",
  "\u2028",
  "&amp;",
  "&#42;",
  "1.",
  "2)",
  "  ",
);
const url = fc.oneof(
  fc.constantFrom(
    "https://example.com/a-b_c?d=1#e",
    "/roles/product-owner",
    "mailto:a@b.example",
    "javascript:alert(1)",
    "a b",
    "<x>",
    "",
    "a(b)c",
    "%20",
    '"t"',
  ),
  fc.stringMatching(/^[a-z:/.#?=-]{1,12}$/),
);
const code = fc.oneof(words, fc.stringMatching(/^[a-z-]{1,10}: [RACI]$/), fc.constantFrom(" a", "a ", " a ", "  ", " ", "a`b", "``a", "*x*", "<b>", "a\\"));
const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: words },
  { weight: 3, arbitrary: fc.constantFrom(" ", ", ", ". ", ": ", " (", ") ", "'s ", ' "', '" ', " – ") },
  { weight: 2, arbitrary: code.map((c) => `\`${c}\``) },
  {
    weight: 2,
    arbitrary: fc.tuple(words, fc.constantFrom("*", "_", "**", "__"), fc.constantFrom("", "", " ", ".")).map(([w, d, pad]) => `${d}${pad}${w}${d}`),
  },
  { weight: 2, arbitrary: fc.tuple(word, word, fc.constantFrom("*", "_", "* ", " *", "**", "__", "*.", ".*")).map(([a, b, d]) => `${a}${d}${b}`) },
  { weight: 2, arbitrary: fc.tuple(words, url).map(([t, u]) => `[${t}](${u})`) },
  { weight: 1, arbitrary: fc.tuple(words, url).map(([t, u]) => `![${t}](${u})`) },
  { weight: 3, arbitrary: oddChar },
);
const inlineText = fc.array(fragment, { minLength: 1, maxLength: 8 }).map((f) => f.join(""));
const boldLead = fc
  .tuple(
    fc.oneof(words, fc.constantFrom(":", "A.", "Who?", "(a)", "“a”", " a", "a ", "a*b", "a_b", "`a`")),
    fc.constantFrom("**: ", ":** ", "** ", "**:", "**", "***: ", ".**", "**."),
  )
  .map(([t, close]) => `**${t}${close}`);
const itemText = fc.oneof(
  fc
    .tuple(
      boldLead,
      fc.option(
        code.map((c) => `\`${c}\`: `),
        { freq: 2 },
      ),
      inlineText,
    )
    .map(([lead, tag, rest]) => (tag ? `${lead.replace(/[: ]+$/, "")} ${tag}${rest}` : `${lead}${rest}`)),
  inlineText,
);
const line = fc.oneof(
  { weight: 6, arbitrary: inlineText },
  { weight: 5, arbitrary: itemText.map((t) => `- ${t}`) },
  { weight: 4, arbitrary: fc.constant("") },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), inlineText).map(([n, t]) => `${"#".repeat(n)} ${t}`) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          " ",
          "  ",
          "    ",
          "\t",
          "* ",
          "+ ",
          "1. ",
          "2) ",
          "> ",
          "- ",
          "-  ",
          "#",
          "```",
          "~~~",
          "[a]: /u",
          "<div>",
          "<!-- ",
          "| ",
          "=",
          "---",
          "***",
          "- - -",
          "-",
          "\\",
          "&amp; ",
          "!",
        ),
        inlineText,
      )
      .map(([p, t]) => p + t),
  },
  { weight: 1, arbitrary: fc.constantFrom("===", "---", "***", "___", "```", "- ", "#", "##", "## ", "## a #", "## a ##", "text  ", "text\\", "- a  ") },
);
const doc = fc.tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom("", "\n", "\n\n")).map(([lines, end]) => lines.join("\n") + end);

function checkDocuments(generate: fc.Arbitrary<string>, minAccepted: number, runs = RUNS) {
  let accepted = 0;
  fc.assert(
    fc.property(generate, (body) => {
      const fast = fastBlocks(body, reference);
      if (fast === undefined) return;
      accepted++;
      const expected = reference(body);
      same(fast, expected);
      const html = fastHtml(fast);
      if (html !== undefined) expect(html).toBe(referenceHtml(expected));
    }),
    { numRuns: runs },
  );
  expect(accepted / runs).toBeGreaterThan(minAccepted);
}

describe("fastBlocks declines or gives remark's tree", () => {
  it("for documents mixing the subset with near misses", { timeout: TIMEOUT }, () => checkDocuments(doc, 0.1));

  it("for a byte order mark, which remark drops at the start of a document or of a block it reparses", () => {
    for (const body of ["\uFEFF## Responsibilities\n\n- **Backlog** `product-backlog: A`: Orders it.", "# *a*\n\uFEFFa\n` a`[A](#)"]) {
      const fast = fastBlocks(body, reference);
      if (fast !== undefined) same(fast, reference(body));
    }
  });

  it("for single lines of inline text: paragraphs, items and headings", { timeout: TIMEOUT }, () => {
    const single = fc.oneof(
      inlineText,
      itemText.map((t) => `- ${t}`),
      inlineText.map((t) => `## ${t}`),
    );
    let accepted = 0;
    fc.assert(
      fc.property(single, (body) => {
        const fast = fastBlocks(body, () => []);
        if (fast === undefined) return;
        accepted++;
        same(fast, reference(body));
      }),
      { numRuns: RUNS * 5 },
    );
    // A reparse that gives nothing makes the fast path decline, so this counts lines its inline reader took itself.
    expect(accepted / (RUNS * 5)).toBeGreaterThan(0.15);
  });

  it("for documents from the subset alone", { timeout: TIMEOUT }, () => {
    const tag = fc.stringMatching(/^[a-z-]{1,10}: [RACI]$/);
    const item = fc.oneof(
      fc.tuple(words, tag, words).map(([a, c, b]) => `- **${a}** \`${c}\`: ${b}`),
      fc.tuple(words, words).map(([a, b]) => `- **${a}**: ${b} *${a}* [${b}](/roles/x).`),
    );
    const paragraph = fc.array(
      fc.tuple(words, fc.option(tag)).map(([w, c]) => (c ? `${w} \`${c}\`.` : `${w}.`)),
      { minLength: 1, maxLength: 3 },
    );
    const section = fc
      .tuple(fc.integer({ min: 2, max: 3 }), words, fc.array(paragraph, { maxLength: 2 }), fc.array(item, { maxLength: 4 }))
      .map(([depth, h, ps, items]) => [`${"#".repeat(depth)} ${h}`, ...ps.map((p) => p.join("\n")), ...(items.length ? [items.join("\n")] : [])].join("\n\n"));
    const body = fc.array(section, { maxLength: 6 }).map((sections) => sections.join("\n\n"));
    checkDocuments(body, 0.9);
  });

  it("for single characters of every kind inserted into a real role", { timeout: TIMEOUT }, () => {
    const real = bodies("roles").map((b) => b.body);
    const mutated = fc
      .tuple(
        fc.constantFrom(...real),
        fc.array(fc.tuple(fc.nat(), fc.oneof(oddChar, fc.constantFrom("\n", "\n\n", "- ", "## ", "**", "*"))), { minLength: 1, maxLength: 3 }),
      )
      .map(([body, edits]) => edits.reduce((b, [at, s]) => b.slice(0, at % (b.length + 1)) + s + b.slice(at % (b.length + 1)), body));
    // Each run parses a whole role twice with remark, so fewer runs keep the suite quick.
    checkDocuments(mutated, 0.2, 300);
  });
});

// ---------------------------------------------------------------------------------------------
// Generated mdast: fastHtml against remark-html
// ---------------------------------------------------------------------------------------------

/** Any text, including markup characters, line endings with spaces around them and lone surrogates. */
const anyText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(..."a <&>\"'\n\r\t *_`é😀".split("")), maxLength: 20 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 10 }),
);
const maybeData = fc.oneof({ weight: 9, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.constant({ data: { hName: "div" } }) });
const phrasing: fc.Arbitrary<PhrasingContent> = fc.letrec<{ node: PhrasingContent }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 2, depthIdentifier: "phrasing" },
    { weight: 5, arbitrary: fc.tuple(anyText, maybeData).map(([value, d]): PhrasingContent => ({ type: "text", value, ...d })) },
    { weight: 2, arbitrary: anyText.map((value): PhrasingContent => ({ type: "inlineCode", value })) },
    { weight: 2, arbitrary: fc.array(tie("node"), { maxLength: 3 }).map((children): PhrasingContent => ({ type: "strong", children })) },
    { weight: 2, arbitrary: fc.array(tie("node"), { maxLength: 3 }).map((children): PhrasingContent => ({ type: "emphasis", children })) },
    { weight: 1, arbitrary: fc.constant<PhrasingContent>({ type: "break" }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.array(tie("node"), { maxLength: 2 }), url, fc.constantFrom(null, null, undefined, "", "A title"))
        .map(([children, u, title]): PhrasingContent => ({ type: "link", url: u, title, children })),
    },
  ),
})).node;
const phrasings = fc.array(phrasing, { maxLength: 4 });
const listItem = fc
  .tuple(phrasings, fc.constantFrom(false, false, false, true, null), fc.constantFrom(null, null, null, true, false), fc.integer({ min: 0, max: 8 }))
  .map(([children, spread, checked, shape]): ListItem => {
    const p = { type: "paragraph" as const, children };
    const kids = shape === 0 ? [] : shape === 1 ? [p, p] : [p];
    return { type: "listItem", spread, checked, children: kids };
  });
const block: fc.Arbitrary<RootContent> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(phrasings, maybeData).map(([children, d]): RootContent => ({ type: "paragraph", children, ...d })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(1, 2, 3, 4, 5, 6) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6>, phrasings)
      .map(([depth, children]): RootContent => ({ type: "heading", depth, children })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.array(listItem, { maxLength: 4 }), fc.constantFrom(false, false, false, true), fc.constantFrom(false, false, false, true, null))
      .map(([children, ordered, spread]): List => ({ type: "list", ordered, start: ordered ? 1 : null, spread, children })),
  },
  { weight: 1, arbitrary: fc.constant<RootContent>({ type: "thematicBreak" }) },
);

describe("fastHtml declines or gives remark-html's output", () => {
  it("for any tree of paragraphs, headings and lists of text, bold, italic and code", { timeout: TIMEOUT }, () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(block, { maxLength: 4 }), (nodes) => {
        const html = fastHtml(nodes);
        if (html === undefined) return;
        accepted++;
        expect(html).toBe(referenceHtml(nodes));
      }),
      { numRuns: RUNS },
    );
    expect(accepted / RUNS).toBeGreaterThan(0.2);
  });
});

// ---------------------------------------------------------------------------------------------
// Whole files through the parsers, fast paths on and off: same values, same errors
// ---------------------------------------------------------------------------------------------

const PARSERS = { roles: parseRole, areas: parseArea, ladders: parseLadder, teams: parseTeam } as const;
const realFiles = (Object.keys(PARSERS) as (keyof typeof PARSERS)[]).flatMap((kind) =>
  fs
    .readdirSync(path.join(CONTENT, kind))
    .sort()
    .map((name) => ({ kind, name, text: fs.readFileSync(path.join(CONTENT, kind, name), "utf8") })),
);
const edit = fc.oneof(
  oddChar,
  fc.constantFrom(
    "\n",
    "\n\n",
    "- ",
    "## ",
    "### ",
    "# Title\n",
    "**",
    "*",
    "`",
    "[x](/y)",
    ": ",
    "\n---\n",
    "---",
    "\ntitle: Again",
    "\n  - ",
    "#",
    "'",
    '"',
    "{",
    "[",
  ),
);

describe("the parsers give the same result with the fast paths on and off", () => {
  it("for real files with a few characters inserted or removed", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...realFiles),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), edit), { minLength: 1, maxLength: 3 }),
        ({ kind, name, text }, edits) => {
          const mutated = edits.reduce((t, [at, cut, s]) => {
            const i = at % (t.length + 1);
            return t.slice(0, i) + s + t.slice(i + cut);
          }, text);
          const file = `content/${kind}/${name}`;
          const slug = name.replace(/\.md$/, "");
          const on = PARSERS[kind](file, slug, mutated);
          fastPaths.enabled = false;
          const off = PARSERS[kind](file, slug, mutated);
          fastPaths.enabled = true;
          same(on, off);
        },
      ),
      { numRuns: 300 },
    );
  });
});
