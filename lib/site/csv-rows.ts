import { type Level, answersFor, byStrength, isGap, isOverlap } from "../responsibilities/raci";

/*
 * The rows of the spreadsheet downloads, as plain strings. Free of zod, React and Node, so the
 * "your team" island builds the same rows in the browser that `npm start` and the build write
 * (lib/site/csv.ts turns rows into a file; components/islands/lib/csv-text.ts does in the island).
 */

export const MATRIX_CSV_HEADER = ["Role", "Area", "Level in area", "Responsibility", "Responsibility level", "Address"];

/** The name "your team"'s spreadsheet is saved under, from `npm start` or the island. */
export const YOUR_TEAM_CSV_NAME = "your-team.csv";

export const TEAM_CSV_HEADER = ["Area", "Role", "Level in this team", "Accountable", "Status", "Note"];

/** An area's status in a team, by lib/responsibilities/raci.ts's rules. */
export const TEAM_STATUS = { covered: "covered", gap: "gap", overlap: "overlap", outside: "outside this team", wholeTeam: "whole team" } as const;

/** The status where the team rules that no one role answers for the area; otherwise the levels decide. */
const RULED_STATUS = { outside: TEAM_STATUS.outside, "whole-team": TEAM_STATUS.wholeTeam, gap: TEAM_STATUS.gap } as const;

/** One area of a team, as far as its rows need it: the roles' levels once the team's decisions apply, and what the page advises. */
export interface TeamArea {
  /** The area's title. */
  area: string;
  parts: readonly { role: string; level: Level }[];
  /** What the team shape's file says about the area, if anything. */
  note?: string;
  /** Where the team shape (or the reader, for "your team") rules that no one role answers for the area. */
  ruling?: "whole-team" | "outside" | "gap";
  ifGap: string;
  ifOverlap: string;
}

/**
 * A row per role working in each area (an area no role works in has one row with no role), strongest
 * level first. The note is the team's own words, then the area's advice where there is a gap or
 * an overlap, as the team page puts them.
 */
export function teamCsvRows(areas: readonly TeamArea[]): string[][] {
  const rows = areas.flatMap((a) => {
    const parts = [...a.parts].sort((x, y) => byStrength(x.level, y.level) || x.role.localeCompare(y.role));
    const levels = parts.map((p) => p.level);
    const status = (a.ruling && RULED_STATUS[a.ruling]) ?? (isGap(levels) ? TEAM_STATUS.gap : isOverlap(levels) ? TEAM_STATUS.overlap : TEAM_STATUS.covered);
    const advice = status === TEAM_STATUS.gap ? a.ifGap : status === TEAM_STATUS.overlap ? a.ifOverlap : "";
    const note = [a.note, advice].filter(Boolean).join(" ");
    const accountable = parts
      .filter((p) => answersFor(p.level))
      .map((p) => p.role)
      .join("; ");
    const row = (role = "", level = "") => [a.area, role, level, accountable, status, note];
    return parts.length ? parts.map((p) => row(p.role, p.level)) : [row()];
  });
  return [TEAM_CSV_HEADER, ...rows];
}

/** "Your team" with a what-if: who each role is (the person holding two roles), and who left. */
export const WHAT_IF_CSV_HEADER = ["Area", "Role", "Person", "Level in this team", "Accountable", "Status", "Note", "Who left"];

/**
 * "Your team" after a what-if (lib/responsibilities/what-if.ts: the team without the role that
 * left), as teamCsvRows writes it, with each role's person and, where the role that left had a
 * letter (`left`, its own page's), who left. `names` are titles: the two roles one person holds, and the role that left.
 */
export function whatIfCsvRows(areas: readonly (TeamArea & { left?: Level })[], names: { pair?: readonly [string, string]; left?: string }): string[][] {
  const person = (role: string) => (role && names.pair?.includes(role) ? names.pair.join(" and ") : role);
  const rows = areas.flatMap((a) =>
    teamCsvRows([a])
      .slice(1)
      .map(([area = "", role = "", ...rest]) => [area, role, person(role), ...rest, a.left && names.left ? `${names.left} (${a.left})` : ""]),
  );
  return [WHAT_IF_CSV_HEADER, ...rows];
}
