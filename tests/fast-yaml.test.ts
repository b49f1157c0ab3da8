import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { fastYaml } from "@/lib/fast-yaml";
import { splitFrontMatter } from "@/lib/markdown";

/*
 * fastYaml must give exactly what `yaml` gives, from a document without errors, or decline.
 * Checked on every real front matter and on generated ones from the accepted subset mixed with
 * near misses; each property also checks that it accepted enough inputs to mean something.
 */

const RUNS = 2000;
const TIMEOUT = 60_000;
const CONTENT = path.join(process.cwd(), "content");

/** What the loader did before the fast path: the data of a document, or nothing when yaml reports an error. */
function reference(text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false, logLevel: "error" });
  return doc.errors.length ? undefined : (doc.toJS() ?? {});
}

/** JSON that keeps key order and tells numbers from strings and plain objects from any other kind. */
const typed = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "number") return `number ${v}`;
    if (typeof v === "string") return `string ${v}`;
    if (v && typeof v === "object" && !Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype) return "not a plain object";
    return v;
  });

function check(text: string): boolean {
  const fast = fastYaml(text);
  if (fast === undefined) return false;
  const expected = reference(text);
  expect(expected).not.toBeUndefined();
  expect(typed(fast)).toBe(typed(expected));
  return true;
}

describe("fastYaml on the real front matter", () => {
  it("reads every file's front matter, giving yaml's data", () => {
    const declined: string[] = [];
    for (const kind of ["roles", "areas", "ladders", "teams", "comparisons"]) {
      for (const name of fs.readdirSync(path.join(CONTENT, kind)).sort()) {
        const { matter } = splitFrontMatter(fs.readFileSync(path.join(CONTENT, kind, name), "utf8").replace(/\r\n?/g, "\n"));
        if (!check(matter)) declined.push(`${kind}/${name}`);
      }
    }
    expect(declined).toEqual([]);
  });
});

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,6}$/);
/** Scalars that are strings, numbers, other types, or not one-line scalars at all. */
const scalarText = fc.oneof(
  { weight: 6, arbitrary: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" ")) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z]{1,8}(-[a-z]{1,8}){0,2}$/) },
  {
    weight: 2,
    arbitrary: fc.constantFrom("2026-11-23", "5", "0", "12", "007", "-3", "+4", "1.5", "1e3", ".5", "0x1F", "0o17", ".inf", "-.Inf", ".NaN", "1_000"),
  },
  { weight: 2, arbitrary: fc.constantFrom("null", "Null", "NULL", "~", "true", "True", "FALSE", "yes", "no", "on", "off", "y", "n", "<<") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "https://example.com/a?b=c#d",
      "a: b",
      "a:b",
      "a #b",
      "a#b",
      "a:",
      "C#",
      "a [b] c",
      "a {b}",
      "a, b",
      "it's",
      'say "hi"',
      "a\u00a0b",
      "é",
      "😀",
      "a\u2028b",
      "\ufeffa",
    ),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom('"', "'"), fc.oneof(word, fc.constantFrom("a: b", "a, b", "a\\nb", 'a"b', "a'b", "a''b", " a ", "", "#x", "a\\\\")))
      .map(([q, t]) => `${q}${t}${q}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom("-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", '"', "%", "@", "`", " ", "- "), word)
      .map(([c, w]) => c + w),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 6 }) },
);
const flowSeq = fc.oneof(
  fc.array(scalarText, { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
  fc.array(fc.stringMatching(/^[a-z]{1,8}(-[a-z]{1,8}){0,2}$/), { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
  fc.constantFrom("[]", "[ ]", "[a,b]", "[ a , b ]", "[a,]", "[,]", "[a", "[a]]", "[[a]]", "[a] b", "{a: b}", "[a: b]"),
);
const key = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("title", "summary", "aliases", "related", "sources", "url", "updated", "order", "if_gap", "strategy-and-roadmap") },
  { weight: 2, arbitrary: fc.constantFrom("__proto__", "constructor", "toString", "null", "true", "1", "a b", "-a", "a:", '"quoted"', "? x", "<<") },
);
const sep = fc.constantFrom(": ", ": ", ": ", ":", ":  ", " : ", ":\t");

interface Parts {
  key: fc.Arbitrary<string>;
  sep: fc.Arbitrary<string>;
  scalar: fc.Arbitrary<string>;
  flow: fc.Arbitrary<string>;
}
/** Everything in the subset: field names, `: `, strings, decimal numbers and flow lists of them. */
const cleanText = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" ")),
  fc.stringMatching(/^[a-z]{1,8}(-[a-z]{1,8}){0,2}$/),
  fc.constantFrom("2026-11-23", "5", "12", "https://example.com/a?b=c#d", "a:b", "C#", "it's", '"a: b"', "'a, b'"),
);
const clean: Parts = {
  key: fc.constantFrom("title", "summary", "aliases", "related", "sources", "url", "updated", "order", "if_gap", "strategy-and-roadmap"),
  sep: fc.constant(": "),
  scalar: cleanText,
  flow: fc
    .array(
      cleanText.filter((t) => !/[,:'"]/.test(t)),
      { maxLength: 4 },
    )
    .map((items) => `[${items.join(", ")}]`),
};
const mixed: Parts = { key, sep, scalar: scalarText, flow: flowSeq };

/** A block map at an indentation, as lines; nested maps and sequences go two spaces deeper. */
const mapLines: (parts: Parts, indent: number, depth: number) => fc.Arbitrary<string[]> = (parts, indent, depth) => {
  const { key, sep } = parts;
  const pad = " ".repeat(indent);
  const inline = fc
    .tuple(key, sep, fc.oneof({ weight: 3, arbitrary: parts.scalar }, { weight: 1, arbitrary: parts.flow }))
    .map(([k, s, v]) => [`${pad}${k}${s}${v}`]);
  const nested =
    depth > 0
      ? [
          { weight: 1, arbitrary: fc.tuple(key, mapLines(parts, indent + 2, depth - 1)).map(([k, lines]) => [`${pad}${k}:`, ...lines]) },
          { weight: 1, arbitrary: fc.tuple(key, seqLines(parts, indent + 2, depth - 1)).map(([k, lines]) => [`${pad}${k}:`, ...lines]) },
        ]
      : [];
  return fc.array(fc.oneof({ weight: 4, arbitrary: inline }, ...nested), { minLength: 1, maxLength: 4 }).map((entries) => entries.flat());
};
const seqLines: (parts: Parts, indent: number, depth: number) => fc.Arbitrary<string[]> = (parts, indent, depth) => {
  const pad = " ".repeat(indent);
  const item = fc.oneof(
    { weight: 2, arbitrary: parts.scalar.map((v) => [`${pad}- ${v}`]) },
    // A map in a sequence item: its first line follows the dash, the rest line up under it.
    { weight: 2, arbitrary: mapLines(parts, indent + 2, Math.max(0, depth - 1)).map(([first, ...rest]) => [`${pad}- ${first!.slice(indent + 2)}`, ...rest]) },
  );
  return fc.array(item, { minLength: 1, maxLength: 3 }).map((items) => items.flat());
};
/** Near misses that change a line's meaning: comments, indentation, tabs, block scalars, anchors, trailing spaces. */
const damage = fc.constantFrom(
  (l: string) => `${l} # note`,
  (l: string) => `# ${l}`,
  (l: string) => ` ${l}`,
  (l: string) => l.replace(/^ {2}/, ""),
  (l: string) => `\t${l}`,
  (l: string) => `${l} `,
  (l: string) => l.replace(/: .*$/, ": |"),
  (l: string) => l.replace(/: /, ": &a "),
  (l: string) => l.replace(/: .*$/, ": *a"),
  (l: string) => `${l}\n  continued`,
  (l: string) => `${l}\n`,
  (l: string) => `${l}\n   `,
  (l: string) => l.replace(/- /, "-  "),
  (l: string) => `${l}\n${l}`,
);

/** Runs `check` over generated front matter; the share of it that fastYaml accepted. */
function acceptedShare(texts: fc.Arbitrary<string>, runs = RUNS): number {
  let accepted = 0;
  fc.assert(
    fc.property(texts, (text) => {
      if (check(text)) accepted++;
    }),
    { numRuns: runs },
  );
  return accepted / runs;
}
const frontMatter = (lines: string[]) => `\n${lines.join("\n")}\n`;

describe("fastYaml declines or gives yaml's data", () => {
  it("for front matter from the subset", { timeout: TIMEOUT }, () => {
    // Only a repeated key is declined here.
    expect(acceptedShare(mapLines(clean, 0, 2).map(frontMatter))).toBeGreaterThan(0.6);
  });

  it("for front matter whose keys, separators and scalars are drawn from every type and odd text", { timeout: TIMEOUT }, () => {
    expect(acceptedShare(mapLines(mixed, 0, 2).map(frontMatter))).toBeGreaterThan(0.02);
  });

  it("for front matter with a line damaged in a way that changes its meaning", { timeout: TIMEOUT }, () => {
    const damaged = fc.tuple(mapLines(clean, 0, 2), fc.nat(), damage).map(([lines, at, hurt]) => {
      const i = at % lines.length;
      return frontMatter([...lines.slice(0, i), hurt(lines[i]!), ...lines.slice(i + 1)]);
    });
    // Some damage is harmless (a blank line, a plain scalar with a space in it), so some are accepted.
    expect(acceptedShare(damaged)).toBeGreaterThan(0);
  });

  it("for the real front matter with characters inserted or removed", { timeout: TIMEOUT }, () => {
    const real = ["roles", "areas", "teams"].flatMap((kind) =>
      fs.readdirSync(path.join(CONTENT, kind)).map((name) => splitFrontMatter(fs.readFileSync(path.join(CONTENT, kind, name), "utf8")).matter),
    );
    const insert = fc.constantFrom(..."\n :-#'\"[]{},&*!|>%@`\t?".split(""), "\n  ", ": ", " #", "- ", "\n- x", "null", "5", "\u00a0");
    const mutated = fc
      .tuple(fc.constantFrom(...real), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }), insert), { minLength: 1, maxLength: 2 }))
      .map(([text, edits]) =>
        edits.reduce((t, [at, cut, s]) => {
          const i = at % (t.length + 1);
          return t.slice(0, i) + s + t.slice(i + cut);
        }, text),
      );
    expect(acceptedShare(mutated, RUNS / 4)).toBeGreaterThan(0);
  });
});
