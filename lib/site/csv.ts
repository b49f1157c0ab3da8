import { stringify } from "csv-stringify/sync";
import type { ContentModel } from "../model/types";
import { coverage, responsibilityMatrix } from "../responsibilities/map";
import { levelsByArea } from "../responsibilities/raci";
import type { Team } from "../content/schema";
import { MATRIX_CSV_HEADER, type TeamArea, teamCsvRows, whatIfCsvRows } from "./csv-rows";
import { type WhatIfInput, whatIfTeam } from "../responsibilities/what-if";
import { roleItemUrl } from "./routes";

/*
 * The spreadsheet downloads the build writes and `npm start` serves: RFC 4180 with CRLF line
 * ends, and UTF-8 with a byte order mark, without which Excel reads accents as Windows-1252
 * (LibreOffice reads either). A cell that starts with =, +, -, @, a tab or a carriage return gets a
 * leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
 */

export const CSV_TYPE = "text/csv; charset=utf-8";

// With a record delimiter of its own, csv-stringify quotes a cell holding a bare \n or \r only when told to.
export const CSV_OPTIONS = { bom: true, record_delimiter: "windows", quote_record_delimiter: true, escape_formulas: true } as const;

export const toCsv = (rows: readonly (readonly string[])[]): string => stringify(rows as string[][], CSV_OPTIONS);

/**
 * The responsibility matrix: a row per responsibility of each role, in the matrix's order, with
 * the role's level in the area (the letter the matrix shows) and the responsibility's own.
 * `absolute` makes an address absolute, for a spreadsheet opened anywhere.
 */
export function matrixCsv(model: Pick<ContentModel, "roles" | "areas">, absolute: (address: string) => string): string {
  const areas = new Map(model.areas.map((a, i) => [a.slug, { title: a.title, order: i }]));
  const rows = responsibilityMatrix(model).groups.flatMap((g) =>
    g.rows.flatMap(({ role }) => {
      const levels = levelsByArea(role.responsibilities);
      return role.responsibilities
        .map((r, i) => ({ r, i, order: areas.get(r.area)?.order ?? Infinity }))
        .sort((x, y) => x.order - y.order || x.i - y.i)
        .map(({ r }) => [
          role.title,
          areas.get(r.area)?.title ?? r.area,
          levels.get(r.area) ?? r.level,
          r.title,
          r.level,
          absolute(roleItemUrl(role.slug, r.id)),
        ]);
    }),
  );
  return toCsv([MATRIX_CSV_HEADER, ...rows]);
}

/** A team's areas for its rows: `coverage` (with the team shape's decisions, if any) reduced to names and levels. */
export function teamAreas(model: Pick<ContentModel, "roles" | "areas">, roleSlugs: readonly string[], team?: Team): TeamArea[] {
  return coverage(model, roleSlugs, team).map((c) => ({
    area: c.area.title,
    parts: c.parts.map((p) => ({ role: p.role.title, level: p.level })),
    note: [c.ruling && c.ruling.kind !== "accountable" ? c.ruling.reason : undefined, c.ruling?.note].filter(Boolean).join(" ") || undefined,
    ruling: c.ruling && c.ruling.kind !== "accountable" ? c.ruling.kind : undefined,
    ifGap: c.area.ifGap,
    ifOverlap: c.area.ifOverlap,
  }));
}

/** A team shape, or any set of roles ("your team"), as a spreadsheet. */
export const teamCsv = (model: Pick<ContentModel, "roles" | "areas">, roleSlugs: readonly string[], team?: Team): string =>
  toCsv(teamCsvRows(teamAreas(model, roleSlugs, team)));

/** "Your team" after a what-if, as a spreadsheet: the team without the role that left, each role's person, and who left. */
export function whatIfCsv(model: Pick<ContentModel, "roles" | "areas">, input: WhatIfInput): string {
  const role = (slug: string | undefined) => model.roles.find((r) => r.slug === slug);
  const t = whatIfTeam(input, (slug) => role(slug) !== undefined);
  const title = (slug: string) => role(slug)?.title ?? slug;
  const left = levelsByArea(role(t.left)?.responsibilities ?? []);
  const areas = teamAreas(model, t.team).map((a, i) => ({ ...a, left: left.get(model.areas[i]!.slug) }));
  const pair = t.pair && ([title(t.pair[0]), title(t.pair[1])] as const);
  return toCsv(whatIfCsvRows(areas, { pair, left: t.left && title(t.left) }));
}
