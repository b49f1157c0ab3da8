/*
 * CSV for an island. The build and `npm start` write CSV with csv-stringify (lib/site/csv.ts),
 * which needs Node's Buffer: its browser build is 18 KB gzipped. This writes the same bytes for
 * rows of strings (tests/csv.test.ts compares the two on arbitrary text): a byte order mark,
 * CRLF after every row, a cell quoted when it holds a comma, a quote or a line break, quotes
 * doubled, and an apostrophe before a cell a spreadsheet would read as a formula.
 */

// The characters csv-stringify's escape_formulas guards, full-width forms included.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

function cell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvText = (rows: readonly (readonly string[])[]): string => `\uFEFF${rows.map((r) => `${r.map(cell).join(",")}\r\n`).join("")}`;
