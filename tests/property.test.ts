// @vitest-environment jsdom
import fc from "fast-check";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { describe, expect, it } from "vitest";
import { type ContentError, type Result, formatError } from "@/lib/content/errors";
import { parseComparison } from "@/lib/content/parse-comparison";
import { parseLadder } from "@/lib/content/parse-ladder";
import { parseRole } from "@/lib/content/parse-role";
import type { ParsedRole } from "@/lib/content/schema";
import { comparisonFile, ladderFile, roleFile } from "./fixtures";

/*
 * Property-based tests for the content parser: whatever an author writes, the build either
 * gets content or a list of errors that name the file (never a crash or a stack trace), and
 * whatever ends up in a rendered HTML field cannot run script in a reader's browser.
 */

const RUNS = 200;
/** Each hostile document renders eight HTML fields, each parsed by jsdom: fewer runs keep the file fast. */
const HTML_RUNS = 100;
/** fast-check is fast, but a busy CI machine is not: leave room before vitest's 5 s default. */
const TIMEOUT = 30_000;

// ---------------------------------------------------------------------------------------------
// Generators: Markdown and YAML fragments, hostile payloads
// ---------------------------------------------------------------------------------------------

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 60 });
const anyText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 }), codeUnits);
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 '-]{0,15}$/);
const indent = fc.constantFrom("", "", "", " ", "  ", "   ", "    ", "\t", "      ", " \t ");

const scheme = fc.constantFrom(
  "javascript:",
  "JaVaScRiPt:",
  "  javascript:",
  "java\tscript:",
  "java\nscript:",
  "\u0001javascript:",
  "&#106;avascript:",
  "&#x6A;avascript:",
  "&#0000106avascript:",
  "javascript&colon;",
  "%6Aavascript:",
  "data:text/html,",
  "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "data:image/svg+xml,",
  "vbscript:",
);
const js = fc.constantFrom("alert(1)", "alert(document.cookie)", "fetch('//evil.example')", "eval(name)", "<script>alert(1)</script>");
const url = fc.tuple(scheme, js).map(([s, j]) => s + j);

/** Payloads that try to get script, frames, handlers or script URLs through the renderer. */
const payload: fc.Arbitrary<string> = fc.oneof(
  js.map((j) => `<script>${j}</script>`),
  js.map((j) => `<SCRIPT SRC=//evil.example/x.js></SCRIPT>${j}`),
  js.map((j) => `<img src=x onerror="${j}">`),
  js.map((j) => `<img src=x onerror=${j}//`),
  js.map((j) => `<svg onload=${j}>`),
  js.map((j) => `<svg><a xlink:href="javascript:${j}"><text>x</text></a></svg>`),
  js.map((j) => `<math><mi xlink:href="javascript:${j}">x</mi></math>`),
  js.map((j) => `<details open ontoggle=${j}>x</details>`),
  js.map((j) => `<body onload=${j}>`),
  js.map((j) => `<a href="https://ok.example" onclick="${j}">ok</a>`),
  js.map((j) => `<div style="background:url(javascript:${j})">x</div>`),
  js.map((j) => `<style>@import "javascript:${j}";</style>`),
  js.map((j) => `<input autofocus onfocus=${j}>`),
  url.map((u) => `<a href="${u}">click</a>`),
  url.map((u) => `<a href=${u}>click</a>`),
  url.map((u) => `<iframe src="${u}"></iframe>`),
  url.map((u) => `<iframe srcdoc="<script>alert(1)</script>" src=${u}>`),
  url.map((u) => `<object data="${u}"></object><embed src="${u}">`),
  url.map((u) => `<form action="${u}"><button formaction="${u}">go</button></form>`),
  url.map((u) => `<meta http-equiv="refresh" content="0;url=${u}">`),
  url.map((u) => `<base href="${u}"><link rel="stylesheet" href="${u}">`),
  url.map((u) => `[x](${u})`),
  url.map((u) => `[x](<${u}>)`),
  url.map((u) => `[x](${u} "title")`),
  url.map((u) => `![x](${u})`),
  url.map((u) => `<${u}>`),
  url.map((u) => `[x][ref]\n\n[ref]: ${u}`),
  url.map((u) => `[x](https://ok.example "t> <script>${u}</script> onclick=${u}")`),
  fc.constant("&lt;script&gt;alert(1)&lt;/script&gt;"),
  fc.constant("<!-- <script>alert(1)</script> -->"),
  fc.constant("<scr<script>ipt>alert(1)</scr</script>ipt>"),
  fc.constant("<<script>script>alert(1)<</script>/script>"),
  fc.constant("`<script>alert(1)</script>`"),
  fc.constant("```html\n<script>alert(1)</script>\n```"),
  fc.constant('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'),
  fc.constant("<template><script>alert(1)</script></template>"),
  fc.constant("[^1]\n\n[^1]: <script>alert(1)</script> [x](javascript:alert(1))"),
  fc.constant("<https://ok.example/a?b=1&c=<script>>"),
);

/** Hostile text: payloads mixed with ordinary and arbitrary text. */
const hostile = (sep: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.array(fc.oneof({ weight: 3, arbitrary: payload }, { weight: 1, arbitrary: anyText }, { weight: 1, arbitrary: word }), { minLength: 1, maxLength: 4 }),
      sep,
    )
    .map(([parts, s]) => parts.join(s));
/** Text that stays inside one list item: no line breaks. */
const inline = hostile(fc.constantFrom(" ", "", " - ", ". ")).map((s) => `Does it. ${s.replace(/[\r\n\u2028\u2029\u0085]+/g, " ")}`);
/** Prose that may span paragraphs. */
const prose = hostile(fc.constantFrom("\n\n", "\n", " ")).map((s) => `Maximises value.\n\n${s}`);

const FM_KEYS = [
  "title",
  "summary",
  "aliases",
  "family",
  "related",
  "builds_on",
  "sources",
  "updated",
  "dimensions",
  "focus",
  "scope",
  "responsibility",
  "communication",
  "roles",
  "rungs",
  "url",
  "tittle",
  "x",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  '"quoted key"',
  "? complex",
  "toString",
  "valueOf",
];
const fmKey = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FM_KEYS) }, { weight: 1, arbitrary: word });
const yamlValue: fc.Arbitrary<string> = fc.oneof(
  word,
  fc.constantFrom(
    "",
    "~",
    "null",
    "true",
    "0",
    "-1.5e3",
    ".nan",
    "2026-11-23",
    "2026-02-30",
    "[]",
    "{}",
    "[product-owner, scrum-master]",
    "[a, a]",
    "product-management",
    "delivry",
    "Represents the customer and orders the product backlog for the team.",
    "https://example.org",
    "javascript:alert(1)",
    "&a x",
    "*a",
    "*undefined",
    "!!binary aGVsbG8=",
    "!!timestamp 2001-12-14",
    "!custom x",
    "|",
    ">-",
    '"unterminated',
    "'single'",
    "[unclosed",
    "{a: 1, b: [2, 3]}",
    "{family: design}",
    "{title: x, url: y}",
    "a: b: c",
    "- x",
    "%YAML 1.1",
    "<<: *a",
  ),
  fc.tuple(word, word).map(([a, b]) => `[${a}, ${b}]`),
  fc.tuple(fc.constantFrom(...FM_KEYS), word).map(([k, v]) => `{${k}: ${v}}`),
  anyText.map((s) => JSON.stringify(s)),
  anyText,
);
const heading = fc.oneof(
  fc.constantFrom(
    "What the role is for",
    "Responsibilities",
    "Growth path",
    "Scrum events and artefacts",
    "Works with",
    "Why the role matters",
    "Notes",
    "About this ladder",
    "Key differences",
    "responsibilities",
    "Why it matters",
    "Contents",
    "Sources",
    "",
  ),
  word,
  anyText,
);
const cell = fc.oneof(
  word,
  fc.constantFrom("", " ", "**bold**", "`code`", "\\|", "<b>x</b>", "[x](javascript:alert(1))"),
  anyText.map((s) => s.replace(/[\r\n|]/g, " ")),
);

/** One line of a content file. */
const line: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "---",
    "---",
    "...",
    "",
    "",
    "----",
    "--- ",
    "***",
    "===",
    "```",
    "~~~",
    "<!--",
    "-->",
    "> quote",
    "[^1]: note",
    "[^1]",
    "[r]: javascript:alert(1)",
    "\\",
  ),
  fc.tuple(indent, fmKey, yamlValue).map(([i, k, v]) => `${i}${k}: ${v}`),
  fc.tuple(indent, yamlValue).map(([i, v]) => `${i}- ${v}`),
  fc.tuple(indent, fc.constantFrom("#", "##", "##", "###", "####", "#######", "##\t"), heading).map(([i, h, t]) => `${i}${h} ${t}`),
  fc
    .tuple(
      indent,
      fc.constantFrom("-", "*", "+", "1.", "1)", "- [ ]", "- [x]"),
      fc.constantFrom("**", "__", "*", "", "***"),
      fc.oneof(word, fc.constantFrom("", " ", "Backlog management", "Sprint review", "Scrum Master", "Sprint planing", "contents", "&", "-")),
      fc.constantFrom(":", "", ": ", " -", " –", " —", "**:", ":**"),
      fc.oneof(word, inline, anyText),
    )
    .map(([i, b, s, t, sep, d]) => `${i}${b} ${s}${t}${s}${sep} ${d}`),
  fc.tuple(fc.array(cell, { minLength: 0, maxLength: 4 }), fc.boolean()).map(([cs, edge]) => (edge ? `| ${cs.join(" | ")} |` : cs.join(" | "))),
  fc.constantFrom("| --- | --- | --- |", "|-|-|-|", "| :-- | --: | :-: |", "|---|", "| Dimension | Product Manager | Product Owner |"),
  fc.tuple(indent, payload).map(([i, p]) => i + p),
  fc.tuple(indent, anyText).map(([i, t]) => i + t),
);

const eol = fc.constantFrom("\n", "\n", "\r\n", "\r");
/** Files put together from fragments, most starting with a front-matter fence. */
const fragmentFile = fc
  .tuple(fc.constantFrom("---\n", "---\n", "---\n", "---\r\n", "\uFEFF---\n", "", "--- \n", "---yaml\n"), fc.array(line, { maxLength: 40 }), eol)
  .map(([start, lines, e]) => start + lines.join(e));

/** Valid files, then a few lines inserted, deleted, replaced or re-indented. */
const mutated = (base: string) =>
  fc
    .array(fc.tuple(fc.constantFrom("insert", "delete", "replace", "indent", "duplicate"), fc.nat(), line, indent), { minLength: 1, maxLength: 6 })
    .map((ops) => {
      const lines = base.split("\n");
      for (const [op, n, l, i] of ops) {
        const at = n % (lines.length + 1);
        if (op === "insert") lines.splice(at, 0, l);
        else if (op === "delete") lines.splice(at, 1);
        else if (op === "replace") lines[Math.min(at, lines.length - 1)] = l;
        else if (op === "indent") lines[Math.min(at, lines.length - 1)] = i + (lines[Math.min(at, lines.length - 1)] ?? "");
        else lines.splice(at, 0, lines[Math.min(at, lines.length - 1)] ?? "");
      }
      return lines.join("\n");
    });

const GROWTH_AND_SCRUM = `## Growth path

### Beginner

- **Learn Scrum**: Learns the events.

## Scrum events and artefacts

- **Sprint review** \`R\`: Demonstrates the increment.

## Works with`;
const VALID_ROLE = roleFile().replace("## Works with", GROWTH_AND_SCRUM) + "\n## Notes\n\nSome notes.\n";
const VALID_COMPARISON = comparisonFile(`## Overview

Two roles, one product.

## Key differences

| Dimension | Product Manager | Product Owner |
| --- | --- | --- |
| Focus | Strategy. | Backlog. |
| Scope | The product. | The team. |
`);
const VALID_LADDER = ladderFile();

const anyFile = (valid: string) =>
  fc.oneof(
    { weight: 1, arbitrary: anyText },
    { weight: 1, arbitrary: anyText.map((t) => `---\n${t}`) },
    { weight: 3, arbitrary: fragmentFile },
    { weight: 4, arbitrary: mutated(valid) },
    { weight: 2, arbitrary: mutated(VALID_ROLE) },
  );

const fileName = fc.oneof(
  fc.constantFrom("content/roles/product-owner.md", "content/comparisons/product-manager-vs-product-owner.md", "content/ladders/product-management.md"),
  fc.stringMatching(/^[a-z0-9-]{1,20}$/).map((s) => `content/roles/${s}.md`),
  anyText.filter((s) => s.length > 0),
);
const slugArb = fc.oneof(
  fc.constantFrom("product-owner", "product-manager-vs-product-owner", "product-management"),
  fc.stringMatching(/^[a-z0-9-]{0,20}$/),
  anyText,
);

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/** A frame of a JS stack trace, e.g. "    at parseRole (/work/lib/parse-role.ts:59:35)". */
const STACK_FRAME = /(^|\n)\s*at\s+\S.*(:\d+:\d+\)?|<anonymous>\)?|\(native\))\s*($|\n)/;

/** The result is content, or at least one author-facing error, each naming the file. */
function expectWellFormed(file: string, text: string, r: Result<unknown>): void {
  if (r.ok) {
    expect(r.value).toBeTypeOf("object");
    return;
  }
  expect(r.errors.length).toBeGreaterThan(0);
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).length;
  for (const e of r.errors as ContentError[]) {
    expect(e.file).toBe(file);
    expect(typeof e.message).toBe("string");
    expect(e.message.trim()).not.toBe("");
    const shown = formatError(e);
    expect(shown.startsWith(file)).toBe(true);
    expect(shown).not.toMatch(STACK_FRAME);
    expect(shown).not.toMatch(/\b(TypeError|ReferenceError|RangeError|SyntaxError): /);
    if (e.line !== undefined) {
      expect(Number.isInteger(e.line)).toBe(true);
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.line).toBeLessThanOrEqual(lines);
    }
  }
}

const domParser = new DOMParser();
const BANNED_ELEMENTS = [
  "script",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "base",
  "meta",
  "link",
  "style",
  "form",
  "svg",
  "math",
  "template",
  "noscript",
];
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "srcset",
  "action",
  "formaction",
  "xlink:href",
  "poster",
  "background",
  "cite",
  "longdesc",
  "data",
  "ping",
  "lowsrc",
  "dynsrc",
  "srcdoc",
]);
const BAD_SCHEME = /^(javascript|data|vbscript):/;

/** Whether a browser would treat this (already entity-decoded) URL as script or inline data. */
function isScriptUrl(value: string): boolean {
  // Browsers drop tabs and newlines anywhere in a URL, and leading/trailing controls and spaces.
  const cleaned = value
    .replace(/[\t\n\r]/g, "")
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "")
    .toLowerCase();
  if (BAD_SCHEME.test(cleaned)) return true;
  try {
    return ["javascript:", "data:", "vbscript:"].includes(new URL(value, "https://roles.example/roles/x").protocol);
  } catch {
    return false;
  }
}

const checked = new Map<string, string[]>();

/** Problems a reader's browser would act on, found by parsing the HTML as a browser does. */
function unsafeParts(html: string): string[] {
  const known = checked.get(html);
  if (known) return known;
  const doc = domParser.parseFromString(html, "text/html");
  const found: string[] = [];
  for (const tag of BANNED_ELEMENTS) if (doc.getElementsByTagName(tag).length) found.push(`<${tag}> element`);
  for (const el of Array.from(doc.querySelectorAll("*"))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (/^on\w+/.test(name)) found.push(`${name}= handler on <${el.localName}>`);
      if (URL_ATTRIBUTES.has(name) && isScriptUrl(attr.value)) found.push(`${name}="${attr.value}" on <${el.localName}>`);
      if (name === "style" && /javascript:|expression\s*\(|url\s*\(/i.test(attr.value)) found.push(`style="${attr.value}" on <${el.localName}>`);
    }
  }
  checked.set(html, found);
  return found;
}

function htmlFields(role: ParsedRole): [string, string][] {
  return [
    ["purposeHtml", role.purposeHtml],
    ["whyHtml", role.whyHtml],
    ["notesHtml", role.notesHtml ?? ""],
    ...role.responsibilities.map((x): [string, string] => [`responsibilities.${x.id}`, x.html]),
    ...role.growth.flatMap((g) => g.skills.map((s): [string, string] => [`growth.${g.id}.${s.id}`, s.html])),
    ...role.scrum.map((s): [string, string] => [`scrum.${s.activity}`, s.html]),
    ...role.worksWith.map((w): [string, string] => [`worksWith.${w.name}`, w.html]),
  ];
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe("the parsers are total: any text gives content or errors that name the file", () => {
  it("parseRole", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fileName, slugArb, anyFile(VALID_ROLE), (file, slug, text) => {
        expectWellFormed(file, text, parseRole(file, slug, text));
      }),
      { numRuns: RUNS },
    );
  });

  it("parseComparison", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fileName, slugArb, anyFile(VALID_COMPARISON), (file, slug, text) => {
        expectWellFormed(file, text, parseComparison(file, slug, text));
      }),
      { numRuns: RUNS },
    );
  });

  it("parseLadder", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fileName, slugArb, anyFile(VALID_LADDER), (file, slug, text) => {
        expectWellFormed(file, text, parseLadder(file, slug, text));
      }),
      { numRuns: RUNS },
    );
  });

  it("the unmutated fixtures are valid, so the mutations above start from real content", () => {
    expect(parseRole("r.md", "product-owner", VALID_ROLE).ok).toBe(true);
    expect(parseComparison("c.md", "product-manager-vs-product-owner", VALID_COMPARISON).ok).toBe(true);
    expect(parseLadder("l.md", "product-management", VALID_LADDER).ok).toBe(true);
  });

  it("the stack-trace check recognises a real stack trace", () => {
    expect(new TypeError("Cannot convert object to primitive value").stack).toMatch(STACK_FRAME);
    expect("content/roles/x.md:3: ## Notes: is empty. Write its content, or remove the heading.").not.toMatch(STACK_FRAME);
  });
});

describe("rendered HTML is safe whatever an author writes in the prose", () => {
  it("the payloads are dangerous when rendered without sanitising, so the property below tests something", () => {
    const unsanitised = remark().use(remarkGfm).use(remarkHtml, { sanitize: false });
    const samples = fc.sample(payload, { numRuns: 100, seed: 1 });
    const flagged = samples.filter((p) => unsafeParts(String(unsanitised.processSync(p))).length > 0);
    expect(flagged.length).toBeGreaterThan(samples.length * 0.6);
  });

  it("the checker itself spots script, frames, handlers and script URLs", () => {
    expect(unsafeParts(`<p>ok <a href="https://ok.example">x</a> <img src="/a.png" alt=""></p>`)).toEqual([]);
    expect(unsafeParts(`<script>alert(1)</script>`)).not.toEqual([]);
    expect(unsafeParts(`<iframe></iframe>`)).not.toEqual([]);
    expect(unsafeParts(`<img src=x onerror=alert(1)>`)).not.toEqual([]);
    expect(unsafeParts(`<a href=" &#106;ava&#x09;script:alert(1)">x</a>`)).not.toEqual([]);
    expect(unsafeParts(`<a href="JAVASCRIPT:alert(1)">x</a>`)).not.toEqual([]);
    expect(unsafeParts(`<img src="data:image/svg+xml,x">`)).not.toEqual([]);
  });

  it("no script, iframe, event handler or javascript:/data: URL in any HTML field of a role", { timeout: TIMEOUT }, () => {
    let parsed = 0;
    let total = 0;
    fc.assert(
      fc.property(inline, prose, inline, inline, inline, prose, prose, (resp, purpose, skill, scrum, works, why, notes) => {
        const text = roleFile({
          body: `## What the role is for

${purpose}

## Responsibilities

- **Backlog management** \`product-backlog: A\`: ${resp}
- **Acceptance testing** \`accepting-work: A\`: Accepts completed stories.

## Growth path

### Beginner

- **Learn Scrum**: ${skill}

## Scrum events and artefacts

- **Sprint review** \`R\`: ${scrum}

## Works with

- **Scrum Master**: ${works}

## Why the role matters

${why}

## Notes

${notes}
`,
        });
        total++;
        const r = parseRole("content/roles/product-owner.md", "product-owner", text);
        if (!r.ok) return;
        parsed++;
        for (const [field, html] of htmlFields(r.value)) {
          const problems = unsafeParts(html);
          expect(problems, `${field}: ${html}`).toEqual([]);
        }
      }),
      { numRuns: HTML_RUNS },
    );
    // Most hostile documents are still valid documents, so the property above is not vacuous.
    expect(parsed).toBeGreaterThan(total / 2);
  });
});

describe("responsibility titles round-trip", () => {
  const RESERVED = new Set([
    "what-the-role-is-for",
    "responsibilities",
    "growth-path",
    "scrum-events-and-artefacts",
    "works-with",
    "why-the-role-matters",
    "notes",
    "contents",
    "main",
    "sources",
    "related",
    "compare",
    "ladder",
    "top",
  ]);
  /** The anchor a reader would expect for an ASCII title: its words, lowercased, joined by hyphens. */
  const asciiAnchor = (title: string) =>
    title
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .join("-");
  const titleChar = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") },
    { weight: 3, arbitrary: fc.constant(" ") },
    { weight: 1, arbitrary: fc.constantFrom(..."éÉüÜñçåøÀ") },
  );
  const title = fc
    .string({ unit: titleChar, minLength: 1, maxLength: 30 })
    .map((t) => t.trim())
    .filter((t) => /[A-Za-z0-9]/.test(t));
  const titles = fc
    .uniqueArray(title, { minLength: 1, maxLength: 8, selector: (t) => asciiAnchor(t.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")) })
    .filter((ts) => ts.every((t) => !RESERVED.has(asciiAnchor(t.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")))));

  it("lists the same titles in the same order, each with a lowercase slug id", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(titles, (ts) => {
        const text = roleFile({ responsibilities: ts.map((t, i) => `- **${t}**: Does duty number ${i + 1}.`).join("\n") });
        const r = parseRole("content/roles/product-owner.md", "product-owner", text);
        if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
        const items = r.value.responsibilities;
        expect(items.map((x) => x.title)).toEqual(ts);
        for (const [i, item] of items.entries()) {
          expect(item.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          if (/^[A-Za-z0-9 ]+$/.test(ts[i]!)) expect(item.id).toBe(asciiAnchor(ts[i]!));
          expect(item.html).toBe(`<p>Does duty number ${i + 1}.</p>`);
        }
        expect(new Set(items.map((x) => x.id)).size).toBe(items.length);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("regressions found by these properties", () => {
  // A front-matter map whose key shadows Object.prototype.toString once made the error formatter
  // call String() on it, so parseRole threw a TypeError instead of reporting the field.
  it("parseRole does not throw when family is a map with a toString key", () => {
    const text = "---\nfamily: {toString: 1}\n---\n";
    expectWellFormed("content/roles/x.md", text, parseRole("content/roles/x.md", "x", text));
  });
});
