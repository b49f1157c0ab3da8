import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedRuns } from "@/tests/shared-runs";

// The source documents live beside the project, not in it; elsewhere this check cannot run.
const SOURCES = path.resolve("..", "shared", "seeds");
const hasSources = fs.existsSync(SOURCES);

function contentFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? contentFiles(p) : p.endsWith(".md") ? [p] : [];
  });
}

describe("sharedRuns", () => {
  const source = "The product owner is the sole person responsible for managing the product backlog in every single sprint.";
  it("finds a run of 12 or more words shared with a source, with its line", () => {
    const content = "Intro line.\nHere the product owner is the sole person responsible for managing the product backlog in every case.";
    expect(sharedRuns(content, source)).toEqual([
      { line: 2, words: "the product owner is the sole person responsible for managing the product backlog in every" },
    ]);
  });
  it("allows the same words inside quotation marks", () => {
    expect(sharedRuns('As one guide puts it, "the product owner is the sole person responsible for managing the product backlog".', source)).toEqual([]);
  });
  it("ignores web addresses, which cite a source rather than copy it", () => {
    expect(sharedRuns("See https://example.org/the-product-owner-is-the-sole-person-responsible-for-managing-the-product-backlog.", source)).toEqual([]);
  });
  it("ignores runs shorter than 12 words", () => {
    expect(sharedRuns("The product owner is the sole person responsible for the roadmap.", source)).toEqual([]);
  });
});

const title = hasSources ? "content is in our own words" : `content is in our own words (skipped: the source documents are not at ${SOURCES})`;
describe.skipIf(!hasSources)(title, () => {
  const sources = hasSources ? fs.readdirSync(SOURCES).map((name) => ({ name, text: fs.readFileSync(path.join(SOURCES, name), "utf8") })) : [];
  const files = contentFiles(path.resolve("content"));
  it.each(files.map((f) => [path.relative(process.cwd(), f)]))("%s shares no run of 12 words with a source outside quotation marks", (file) => {
    const text = fs.readFileSync(file, "utf8");
    const found = sources.flatMap((s) => sharedRuns(text, s.text).map((r) => `${file}:${r.line}: shares "${r.words}" with source ${s.name}`));
    expect(found).toEqual([]);
  });
});
