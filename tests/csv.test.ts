import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvText } from "@/components/islands/lib/csv-text";
import { coverage } from "@/lib/responsibilities/map";
import { MATRIX_CSV_HEADER, TEAM_CSV_HEADER, TEAM_STATUS } from "@/lib/site/csv-rows";
import { matrixCsv, teamCsv, toCsv } from "@/lib/site/csv";
import { type Result, formatError } from "@/lib/content/errors";
import { parseArea } from "@/lib/content/parse-area";
import { parseRole } from "@/lib/content/parse-role";
import { parseTeam } from "@/lib/content/parse-team";
import { linkContent } from "@/lib/model/link";
import { csvFixtureModel as model } from "./csv-fixtures";
import { FIXTURE_AREAS, areaFile, parsedContent, roleFile, rulingsYaml, teamFile } from "./fixtures";

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

  it("has a row per role in each area, with each role's letter for the team shape", () => {
    expect(rows[0]).toEqual(TEAM_CSV_HEADER);
    const accepting = rows.filter((r) => r[0] === "Accepting work as done");
    // The product owner's page gives R, and A in this team shape, which makes it accountable.
    expect(accepting).toEqual([
      ["Accepting work as done", "Product Owner", "A", "Product Owner", "covered", "The owner accepts work, since the master coaches it."],
      ["Accepting work as done", "Scrum Master", "R", "Product Owner", "covered", "The owner accepts work, since the master coaches it."],
    ]);
  });

  it("agrees with the coverage the team page shows, area by area", () => {
    for (const c of coverage(m, team.roles, team)) {
      const mine = rows.filter((r) => r[0] === c.area.title);
      expect(mine.map((r) => [r[1], r[2]])).toEqual(c.parts.map((p) => [p.role.title, p.level]));
      const status = c.outside
        ? TEAM_STATUS.outside
        : c.ruling?.kind === "whole-team"
          ? TEAM_STATUS.wholeTeam
          : c.gap
            ? TEAM_STATUS.gap
            : c.overlap
              ? TEAM_STATUS.overlap
              : TEAM_STATUS.covered;
      expect(new Set(mine.map((r) => r[4]))).toEqual(new Set([status]));
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

describe("a team shape's rulings as CSV", () => {
  const valueOf = <T>(r: Result<T>): T => {
    if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
    return r.value;
  };
  const budget = valueOf(parseArea("content/areas/budget.md", "budget", areaFile({ title: "Budget", label: "Budget", order: 3 })));
  const roles = [
    ["product-owner", "Product Owner", "- **Backlog** `product-backlog: A; R in agency`: Orders it.\n- **Checks** `accepting-work: R`: Checks work."],
    ["scrum-master", "Scrum Master", "- **Coaching** `product-backlog: C`: Coaches.\n- **Costs** `budget: C`: Is asked about costs."],
    // Outside the team shape, so that some role can answer for the budget.
    ["sponsor", "Sponsor", "- **Funding** `budget: A`: Holds the budget."],
  ].map(([slug, title, responsibilities]) => {
    const worksWith = slug === "product-owner" ? "- **Scrum Master**: Gets coaching." : "- **Product Owner**: Coaches.";
    return valueOf(parseRole(`content/roles/${slug}.md`, slug!, roleFile({ title, aliases: "[]", responsibilities, worksWith })));
  });
  const WHOLE = "The whole team orders the backlog together at refinement.";
  const OUTSIDE = "The client signs work off under its contract with the agency.";
  const GAP = "No one in an agency team holds the budget, though the team needs one.";
  const rulings = rulingsYaml({ "product-backlog": `whole_team: ${WHOLE}`, "accepting-work": `outside: ${OUTSIDE}`, budget: `gap: ${GAP}` });
  const team = valueOf(parseTeam("content/teams/agency.md", "agency", teamFile(`roles: [product-owner, scrum-master]\n${rulings}`)));
  const m = valueOf(linkContent(parsedContent({ roles, areas: [...FIXTURE_AREAS, budget], teams: [team] })));

  it("says the whole team, outside this team or a gap, with the team's reason, and the area's advice only for a gap", () => {
    const rows = readBack(teamCsv(m, team.roles, m.teams[0]));
    expect(rows.slice(1)).toEqual([
      ["Ordering the product backlog", "Product Owner", "R", "", TEAM_STATUS.wholeTeam, WHOLE],
      ["Ordering the product backlog", "Scrum Master", "C", "", TEAM_STATUS.wholeTeam, WHOLE],
      ["Accepting work as done", "Product Owner", "R", "", TEAM_STATUS.outside, OUTSIDE],
      ["Budget", "Scrum Master", "C", "", TEAM_STATUS.gap, `${GAP} ${budget.ifGap}`],
    ]);
  });
});
