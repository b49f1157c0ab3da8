import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatError } from "@/lib/content/errors";
import { parseRole } from "@/lib/content/parse-role";
import { parseComparison } from "@/lib/content/parse-comparison";
import { linkContent } from "@/lib/model/link";
import {
  type ContentHistory,
  fileChanges,
  historyNotice,
  lastChange,
  noteFromSubject,
  parseGitLog,
  readContentHistory,
  siteChanges,
} from "@/lib/model/changes";
import { changesFeed } from "@/lib/site/feed";
import { comparisonFile, parsedContent, roleFile } from "./fixtures";

const NOTE = "Split backlog ordering from accepting work.";

/** A role file with these `changes` lines after the fixture's front matter (whose `updated` is 2026-11-23). */
const withChanges = (lines: string) => roleFile({ extraFrontMatter: `changes:\n${lines}` });
const errorsOf = (text: string) => {
  const r = parseRole("content/roles/product-owner.md", "product-owner", text);
  return r.ok ? [] : r.errors.map(formatError);
};
/** The line a piece of text is on, as errors count them. */
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("change notes in front matter", () => {
  it("are read newest first, and the newest dates the file", () => {
    const r = parseRole(
      "content/roles/product-owner.md",
      "product-owner",
      withChanges(`  - date: 2026-11-23\n    note: ${NOTE}\n  - date: 2026-10-01\n    note: First published, from the Scrum Guide.\n`),
    );
    if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
    expect(r.value.changes).toEqual([
      { date: "2026-11-23", note: NOTE },
      { date: "2026-10-01", note: "First published, from the Scrum Guide." },
    ]);
  });

  it("are optional: a file without them has none", () => {
    const r = parseRole("content/roles/product-owner.md", "product-owner", roleFile());
    expect(r.ok && r.value.changes).toEqual([]);
  });

  it("must be newest first, naming the line of the one out of order", () => {
    const text = withChanges(`  - date: 2026-11-23\n    note: ${NOTE}\n  - date: 2026-11-24\n    note: A later change listed below an earlier one.\n`);
    expect(errorsOf(text)).toEqual([
      `content/roles/product-owner.md:${lineOf(text, "2026-11-24")}: changes[1].date: is newer than the change above it (2026-11-23): list changes newest first.`,
    ]);
  });

  it("must give the newest change the file's `updated` date", () => {
    const text = withChanges(`  - date: 2026-11-20\n    note: ${NOTE}\n`);
    expect(errorsOf(text)).toEqual([
      `content/roles/product-owner.md:${lineOf(text, "2026-11-20")}: changes[0].date: is 2026-11-20 but \`updated\` is 2026-11-23: the newest change is the last update, so give both the same date.`,
    ]);
  });

  it("may not be dated in the future, or in another format", () => {
    const text = withChanges(
      `  - date: 2026-11-23\n    note: ${NOTE}\n  - date: 2999-01-01\n    note: A change that has not happened yet.\n  - date: 01/10/2026\n    note: A date in the day-first format.\n`,
    );
    const errors = errorsOf(text);
    expect(errors).toContain(
      `content/roles/product-owner.md:${lineOf(text, "2999-01-01")}: changes[1].date: is in the future: date a change the day it was made.`,
    );
    expect(errors).toContain(
      `content/roles/product-owner.md:${lineOf(text, "01/10/2026")}: changes[2].date: must be a date written as YYYY-MM-DD, e.g. 2026-11-23.`,
    );
  });

  it("need a one-sentence note, and only a date and a note", () => {
    const text = withChanges(`  - date: 2026-11-23\n    note: Fixed.\n    notes: ${NOTE}\n`);
    const errors = errorsOf(text);
    expect(errors).toContain(
      `content/roles/product-owner.md:${lineOf(text, "note: Fixed.")}: changes[0].note: is too short: write one full sentence of at least 20 characters.`,
    );
    expect(errors.find((e) => e.includes('unknown field "notes"'))).toMatch(
      new RegExp(`^content/roles/product-owner.md:${lineOf(text, "notes:")}: changes\\[0\\]\\.notes: unknown field "notes" \\(did you mean "note"\\?\\)`),
    );
  });
});

const dated = (o: { changes?: { date: string; note: string }[]; updated?: string }) => ({
  file: "content/roles/a.md",
  updated: "2026-11-23",
  changes: [],
  ...o,
});
const history = (commits: { date: string; note: string }[]): ContentHistory => new Map([["content/roles/a.md", commits]]);

describe("a file's changes", () => {
  const commit = { date: "2026-11-25", note: "Tighter profile." };
  it("are its notes when it has them, whatever the history says", () => {
    expect(fileChanges(dated({ changes: [{ date: "2026-11-23", note: NOTE }] }), history([commit]))).toEqual([{ date: "2026-11-23", note: NOTE }]);
  });
  it("are its commits when it has no notes", () => {
    expect(fileChanges(dated({}), history([commit]))).toEqual([commit]);
  });
  it("are its `updated` date, without a note, when there is no history or the history is older", () => {
    expect(fileChanges(dated({}))).toEqual([{ date: "2026-11-23" }]);
    expect(fileChanges(dated({ updated: "2026-11-26" }), history([commit]))).toEqual([{ date: "2026-11-26" }, commit]);
  });
});

describe("Git history", () => {
  it("takes a commit subject's first clause as one sentence", () => {
    expect(noteFromSubject("Tighter Product Manager profile (a quarter fewer words); tests pinned")).toBe(
      "Tighter Product Manager profile (a quarter fewer words).",
    );
    expect(noteFromSubject("Fix a typo.")).toBe("Fix a typo.");
    expect(noteFromSubject(`Rewrite ${"every word ".repeat(30)}`).length).toBeLessThanOrEqual(161);
  });

  it("reads one log into each file's commits, newest first", () => {
    const log = "\0" + "2026-11-25\tSecond; and more\n\nroles/a.md\n" + "\0" + "2026-11-23\tFirst\n\nroles/a.md\nareas/b.md\n";
    expect(Object.fromEntries(parseGitLog(log, "content"))).toEqual({
      "content/roles/a.md": [
        { date: "2026-11-25", note: "Second." },
        { date: "2026-11-23", note: "First." },
      ],
      "content/areas/b.md": [{ date: "2026-11-23", note: "First." }],
    });
  });

  describe("from a real repository", () => {
    let dir: string;
    const git = (cwd: string, ...args: string[]) =>
      execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main", ...args], {
        cwd,
        stdio: "pipe",
        env: { ...process.env, GIT_COMMITTER_DATE: "2026-11-20T12:00:00Z", GIT_AUTHOR_DATE: "2026-11-20T12:00:00Z" },
      });
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "history-"));
      const repo = path.join(dir, "repo");
      fs.mkdirSync(path.join(repo, "content/roles"), { recursive: true });
      git(repo, "init", "-q");
      fs.writeFileSync(path.join(repo, "content/roles/a.md"), "one");
      fs.writeFileSync(path.join(repo, "README.md"), "not content");
      git(repo, "add", ".");
      git(repo, "commit", "-q", "-m", "Add role A; and a README");
      fs.writeFileSync(path.join(repo, "content/roles/a.md"), "two");
      git(repo, "commit", "-q", "-am", "Clarify role A");
      git(dir, "clone", "-q", "--depth", "1", `file://${repo}`, "shallow");
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("gives each content file its commits, by its path from the project", () => {
      const repo = path.join(dir, "repo");
      const r = readContentHistory(path.join(repo, "content"), repo);
      expect("history" in r && Object.fromEntries(r.history)).toEqual({
        "content/roles/a.md": [
          { date: "2026-11-20", note: "Clarify role A." },
          { date: "2026-11-20", note: "Add role A." },
        ],
      });
    });

    it("has none in a shallow clone or outside Git, and says so in one line", () => {
      const shallow = readContentHistory(path.join(dir, "shallow/content"), path.join(dir, "shallow"));
      expect(shallow).toEqual({ missing: "a shallow clone" });
      const none = readContentHistory(os.tmpdir(), os.tmpdir());
      expect(none).toEqual({ missing: "not a Git clone" });
      expect(historyNotice(shallow)).toMatch(/^No content history \(a shallow clone\): [^\n]+\.$/);
      expect(historyNotice({ history: new Map() })).toBeUndefined();
    });
  });
});

function site() {
  const role = (slug: string, title: string, extra = "") => {
    const worksWith = slug === "product-owner" ? "- **Scrum Master**: Gets coaching." : "- **Product Owner**: Agrees priorities.";
    const r = parseRole(
      `content/roles/${slug}.md`,
      slug,
      roleFile({ title, aliases: slug === "product-owner" ? "[PO]" : "[]", worksWith, extraFrontMatter: extra }),
    );
    if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
    return r.value;
  };
  const roles = [
    role("product-manager", "Product Manager", `changes:\n  - date: 2026-11-23\n    note: ${NOTE}\n`),
    role(
      "product-owner",
      "Product Owner",
      `changes:\n  - date: 2026-11-23\n    note: ${NOTE}\n  - date: 2026-09-01\n    note: First published, from <the> Scrum Guide.\n`,
    ),
    role("scrum-master", "Scrum Master"),
  ];
  const c = parseComparison("content/comparisons/product-manager-vs-product-owner.md", "product-manager-vs-product-owner", comparisonFile());
  if (!c.ok) throw new Error(c.errors.map(formatError).join("\n"));
  const linked = linkContent(parsedContent({ roles, comparisons: [c.value] }));
  if (!linked.ok) throw new Error(linked.errors.map(formatError).join("\n"));
  return linked.value;
}

describe("the site's changes", () => {
  const model = site();
  const changes = siteChanges(model);

  it("list each change once, with every page it touched, newest first", () => {
    expect(changes.map((c) => [c.date, c.note ?? null, c.pages.map((p) => p.path)])).toEqual([
      ["2026-11-23", NOTE, ["/roles/product-manager", "/roles/product-owner"]],
      // Files without notes, and no history: their `updated` date alone.
      [
        "2026-11-23",
        null,
        ["/roles/scrum-master", "/compare/product-manager-vs-product-owner", "/responsibilities/product-backlog", "/responsibilities/accepting-work"],
      ],
      ["2026-09-01", "First published, from <the> Scrum Guide.", ["/roles/product-owner"]],
    ]);
    expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
  });

  it("list a file's commits of one day in the order they were made, newest first", () => {
    const commits = [
      { date: "2026-11-24", note: "Zebra crossing, the later commit." },
      { date: "2026-11-24", note: "Aardvark, the earlier commit." },
    ];
    const listed = siteChanges(model, new Map([["content/roles/scrum-master.md", commits]])).filter((c) => c.date === "2026-11-24");
    expect(listed.map((c) => c.note)).toEqual(commits.map((c) => c.note));
  });

  it("date a comparison by the newest of its file and its two roles, preferring a note", () => {
    const [pm, po] = model.roles;
    const last = lastChange([model.comparisons[0]!, pm!, po!]);
    expect(last).toEqual({ date: "2026-11-23", note: NOTE, id: changes[0]!.id });
  });

  it("make a valid Atom feed, with absolute addresses and the site's name", () => {
    const xml = changesFeed(changes, "Fixture Handbook", (a) => `https://example.org/handbook${a}`);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml) as {
      feed: {
        xmlns: string;
        id: string;
        title: string;
        updated: string;
        author: { name: string };
        link: { rel: string; href: string }[];
        entry: Record<string, unknown>[];
      };
    };
    expect(feed.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe("https://example.org/handbook/changes");
    expect(feed.title).toBe("Fixture Handbook: what changed");
    expect(feed.updated).toBe("2026-11-23T00:00:00.000Z");
    expect(feed.author.name).toBe("Fixture Handbook");
    expect(feed.link).toContainEqual({ rel: "self", href: "https://example.org/handbook/changes.xml" });
    expect(feed.entry).toHaveLength(3);
    expect(feed.entry[0]).toEqual({
      id: `https://example.org/handbook/changes#${changes[0]!.id}`,
      title: { "#text": `Product Manager, Product Owner: ${NOTE}`, type: "html" },
      link: { href: `https://example.org/handbook/changes#${changes[0]!.id}` },
      updated: "2026-11-23T00:00:00.000Z",
      summary: { "#text": `${NOTE} Pages: Product Manager, Product Owner.`, type: "html" },
    });
    // A change to one page links to the page; its note is text, escaped for Atom's HTML summary.
    expect(feed.entry[2]!.link).toEqual({ href: "https://example.org/handbook/roles/product-owner" });
    expect(feed.entry[2]!.summary).toEqual({ "#text": "First published, from &lt;the&gt; Scrum Guide. Pages: Product Owner.", type: "html" });
  });
});
