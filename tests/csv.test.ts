import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvText } from "@/components/islands/lib/csv-text";
import { coverage } from "@/lib/responsibilities/map";
import { MATRIX_CSV_HEADER, TEAM_CSV_HEADER } from "@/lib/site/csv-rows";
import { matrixCsv, teamCsv, toCsv } from "@/lib/site/csv";
import { csvFixtureModel as model } from "./csv-fixtures";

/** A file as a spreadsheet would open it: decoded as UTF-8, byte order mark and all, then read by a real CSV parser. */
function readBack(text: string): string[][] {
  const bytes = Buffer.from(text, "utf8");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true, relax_column_count: false }) as string[][];
}

/** Every line break outside a quoted cell is CRLF: each row ends with one, and no bare LF ends a row. */
const rowEnds = (text: string) => text.replace(/"(?:[^"]|"")*"/g, "").match(/\r?\n/g) ?? [];

describe("CSV files", () => {
  it("start with a byte order mark, end each row with CRLF and read back cell for cell", () => {
    const rows = [
      ["Role", "Note"],
      ["Product Owner", "Orders the backlog"],
    ];
    const text = toCsv(rows);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(rowEnds(text)).toEqual(["\r\n", "\r\n"]);
    expect(readBack(text)).toEqual(rows);
  });

  it("quote commas, quotes and line breaks, and keep accents and other scripts", () => {
    const cells = ["a, b", 'say "yes"', "two\nlines", "two\r\nlines", "Café, naïve résumé", "日本語 🙂", "", " padded "];
    const text = toCsv([cells]);
    expect(text).toContain('"a, b"');
    expect(text).toContain('"say ""yes"""');
    expect(rowEnds(text)).toEqual(["\r\n"]);
    expect(readBack(text)).toEqual([cells]);
  });

  it("put an apostrophe before a cell a spreadsheet would run as a formula, and only there", () => {
    const cells = ['=HYPERLINK("http://x")', "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=b", "1-2"];
    expect(readBack(toCsv([cells]))).toEqual([['\'=HYPERLINK("http://x")', "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "a=b", "1-2"]]);
  });

  it("are the same bytes from the island's writer as from csv-stringify, for any text", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "é", "日", ",", '"', "\n", "\r", " ", "=", "+", "-", "@", "\t", "'", "\uFF1D", "🙂") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (rows) => {
        expect(csvText(rows)).toBe(toCsv(rows));
      }),
    );
  });
});

describe("the responsibility matrix as CSV", () => {
  const m = model();
  const rows = readBack(matrixCsv(m, (a) => `https://example.org${a}`));

  it("has a header and a row per responsibility of each role, with its levels and absolute address", () => {
    expect(rows[0]).toEqual(MATRIX_CSV_HEADER);
    const expected = m.roles.flatMap((r) => r.responsibilities.map((x) => `${r.title}|${x.title}|${x.level}|https://example.org/roles/${r.slug}#${x.id}`));
    expect(
      rows
        .slice(1)
        .map(([role, , , title, level, address]) => `${role}|${title!.replace(/^'/, "")}|${level}|${address}`)
        .sort(),
    ).toEqual(expected.sort());
  });

  it("names the area and the role's level in it, as the matrix shows", () => {
    expect(rows).toContainEqual(["Scrum Master", "Ordering the product backlog", "C", "Coaching", "C", expect.stringContaining("#coaching")]);
    expect(rows).toContainEqual(["Product Owner", "Accepting work as done", "R", '\'=Accepts "done" work', "R", expect.any(String)]);
    expect(rows).toContainEqual(['Sponsor, "Funder"', "Ordering the product backlog", "A", "Funding", "A", "https://example.org/roles/sponsor#funding"]);
  });
});

describe("a team as CSV", () => {
  const m = model();
  const team = m.teams[0]!;
  const rows = readBack(teamCsv(m, team.roles, team));

  it("has a row per role in each area, with the team's decision applied", () => {
    expect(rows[0]).toEqual(TEAM_CSV_HEADER);
    const accepting = rows.filter((r) => r[0] === "Accepting work as done");
    // Neither page claims A; the team makes the product owner accountable.
    expect(accepting).toEqual([
      ["Accepting work as done", "Product Owner", "A", "Product Owner", "covered", "The owner accepts work, since the master coaches it."],
      ["Accepting work as done", "Scrum Master", "R", "Product Owner", "covered", "The owner accepts work, since the master coaches it."],
    ]);
  });

  it("agrees with the coverage the team page shows, area by area", () => {
    for (const c of coverage(m, team.roles, team)) {
      const mine = rows.filter((r) => r[0] === c.area.title);
      expect(mine.map((r) => [r[1], r[2]])).toEqual(c.parts.map((p) => [p.role.title, p.level]));
      expect(new Set(mine.map((r) => r[4]))).toEqual(new Set([c.gap ? "gap" : c.overlap ? "overlap" : "covered"]));
    }
  });

  it("marks a gap and an overlap, with the area's advice", () => {
    const gap = readBack(teamCsv(m, ["sponsor"])).filter((r) => r[0] === "Accepting work as done");
    expect(gap).toEqual([["Accepting work as done", "", "", "", "gap", m.areas.find((a) => a.slug === "accepting-work")!.ifGap]]);
    // Both pages answer for the backlog, and no team shape decides between them.
    const overlap = readBack(teamCsv(m, ["sponsor", "product-owner"])).filter((r) => r[0] === "Ordering the product backlog");
    expect(overlap.map((r) => r[4])).toEqual(["overlap", "overlap"]);
    expect(overlap[0]![3]).toBe('Product Owner; Sponsor, "Funder"');
    expect(overlap[0]![5]).toBe(m.areas.find((a) => a.slug === "product-backlog")!.ifOverlap);
  });
});
