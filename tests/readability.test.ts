import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_PROFILE_WORDS, MAX_SENTENCE_WORDS, longSentences, profileWords, sentences } from "@/tests/readability";
import { roleFile } from "./fixtures";

/*
 * The site's editorial rules, run on the real content/ as tests/own-words.test.ts is: a sentence
 * of 40 words or more is rewritten, and a role's profile reads in about five minutes.
 */

const words = (n: number, word = "word") => Array.from({ length: n }, () => word).join(" ");

describe("splitting prose into sentences", () => {
  it("does not end a sentence at an abbreviation, whatever follows it", () => {
    expect(
      sentences("Use a tracker, e.g. Jira, for this. Then i.e. Trello. The council guide vs. the Scrum Guide, cf. Scrum.org. Done.").map((s) => s.text),
    ).toEqual(["Use a tracker, e.g. Jira, for this.", "Then i.e. Trello.", "The council guide vs. the Scrum Guide, cf. Scrum.org.", "Done."]);
  });
  it("ends sentences at full stops, question marks and exclamation marks", () => {
    expect(sentences("Who owns it? The team does! Nobody else.").map((s) => s.text)).toEqual(["Who owns it?", "The team does!", "Nobody else."]);
  });
});

describe("long sentences", () => {
  const file = "content/roles/product-owner.md";
  it(`finds a sentence of ${MAX_SENTENCE_WORDS} words in a paragraph, at its own line, and lets ${MAX_SENTENCE_WORDS - 1} through`, () => {
    const body = `## What the role is for\n\nShort one. ${words(MAX_SENTENCE_WORDS - 1)}.\nAnd then ${words(MAX_SENTENCE_WORDS - 2)}.\n\n## Responsibilities\n\n- **Backlog** \`product-backlog: A\`: Orders it.\n\n## Works with\n\n- **Scrum Master**: Coaches.\n\n## Why the role matters\n\nIt matters.\n`;
    const found = longSentences(file, roleFile({ body }));
    expect(found.map((s) => [s.line, s.words])).toEqual([[21, MAX_SENTENCE_WORDS]]);
  });
  it("counts the words of a list item without its tag, and reads front matter and table cells too", () => {
    const item = `- **Backlog** \`product-backlog: A\`: ${words(MAX_SENTENCE_WORDS - 2)}.`;
    const body = `## What the role is for\n\nFor.\n\n## Responsibilities\n\n${item}\n\n## Works with\n\n- **Scrum Master**: Coaches.\n\n## Why the role matters\n\nIt matters.\n`;
    expect(longSentences(file, roleFile({ body }))).toEqual([]);
    const summary = roleFile({ body }).replace(/^summary: .*$/m, `summary: ${words(MAX_SENTENCE_WORDS)}.`);
    expect(longSentences(file, summary).map((s) => s.line)).toEqual([3]);
    const table = `---\ntitle: A vs B\n---\n\n## Key differences\n\n| Dimension | A | B |\n| --- | --- | --- |\n| Focus | ${words(MAX_SENTENCE_WORDS)}. | Short. |\n`;
    expect(longSentences("content/comparisons/a-vs-b.md", table).map((s) => s.line)).toEqual([9]);
  });
  it("fails on a file it cannot read, rather than passing it unread", () => {
    expect(() => longSentences(file, "---\nnote: one: two\n---\n")).toThrow(/cannot read the file's prose: content\/roles\/product-owner.md:2/);
  });
});

describe("profile length", () => {
  it("counts the summary, the dimensions and the body, not the tags or the sources", () => {
    const body = `## What the role is for\n\n${words(10)}.\n\n## Responsibilities\n\n- **Backlog** \`product-backlog: A\`: ${words(5)}.\n\n## Works with\n\n- **Scrum Master**: ${words(3)}.\n\n## Why the role matters\n\n${words(4)}.\n`;
    const front = 11 + 8 + 6 + 9 + 8; // the fixture's summary and its four dimensions
    expect(profileWords("content/roles/x.md", roleFile({ body }))).toEqual(front + 10 + 1 + 5 + 2 + 3 + 4);
  });
});

function contentFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? contentFiles(p) : /\.(md|yml)$/.test(p) ? [p] : [];
  });
}

describe("the site's content", () => {
  const files = contentFiles(path.resolve("content")).map((f) => path.relative(process.cwd(), f));
  it.each(files.map((f) => [f]))(`%s has no sentence of ${MAX_SENTENCE_WORDS} words or more`, (file) => {
    const found = longSentences(file, fs.readFileSync(file, "utf8")).map((s) => `${file}:${s.line}: ${s.words} words: "${s.sentence}" Split it in two.`);
    expect(found).toEqual([]);
  });
  const roles = files.filter((f) => f.includes(`${path.sep}roles${path.sep}`));
  it.each(roles.map((f) => [f]))(`%s reads in five minutes: at most ${MAX_PROFILE_WORDS} words`, (file) => {
    expect(profileWords(file, fs.readFileSync(file, "utf8")), `${file} is too long to read in five minutes; tighten it`).toBeLessThanOrEqual(MAX_PROFILE_WORDS);
  });
});
