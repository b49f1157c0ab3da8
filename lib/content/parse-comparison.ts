import type { RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { type ContentError, type Result, fromZodIssues, reporter } from "./errors";
import { isBlank, lineOfNode, renderHtml, slugify, splitDocument } from "./markdown";
import { isPairPageId } from "./comparison-sections";
import { type CitedSource, type Comparison, type ComparisonSection, type SiteLink, comparisonFrontMatter } from "./schema";
import { citedSources } from "./cited-sources";
import { siteLinks } from "./site-links";
import { pairSlug } from "../site/routes";

/** A curated comparison as parsed from one file: the column headers are checked against role titles later. */
export type ParsedComparison = Comparison & {
  /** Role columns as written in each table's header row, with the line, for the cross-check. */
  headers: { names: [string, string]; line?: number }[];
  lines: { roles: (number | undefined)[] };
  links: SiteLink[];
  cited: CitedSource[];
};

export function parseComparison(file: string, slug: string, source: string): Result<ParsedComparison> {
  const split = splitDocument(file, source, "gfm");
  if (!split.ok) return split;
  const { doc } = split;
  const errors: ContentError[] = [];
  const report = reporter(file, errors);
  const fm = comparisonFrontMatter.safeParse(doc.data);
  if (!fm.success) errors.push(...fromZodIssues(file, fm.error.issues, doc.data, comparisonFrontMatter, doc.lineOf));
  if (fm.success) {
    const [a, b] = fm.data.roles;
    if (a === b) report(doc.lineOf(["roles"]), "roles", `names "${a}" twice. A comparison needs two different roles.`);
    else if (slug !== pairSlug(a, b))
      report(doc.lineOf(["roles"]), "roles", `do not match the file name. Name the file "${pairSlug(a, b)}.md", or change roles to match it.`);
  }
  if (!doc.sections.length) report(undefined, undefined, `has no sections. Add at least one "## " section, e.g. "## Key differences" with a table.`);
  if (!isBlank(doc.preamble))
    report(lineOfNode(doc.preamble[0]!, doc.bodyOffset), undefined, `has text before the first section. Put it under a "## Overview" heading.`);

  const sections: ComparisonSection[] = [];
  const headers: ParsedComparison["headers"] = [];
  // Ids already on the page: the page's own sections and computed rows, then each curated one.
  const seen = new Set<string>();
  const taken = (id: string) => {
    const used = isPairPageId(id) || seen.has(id);
    seen.add(id);
    return used;
  };
  for (const s of doc.sections) {
    const where = `## ${s.heading}`;
    const id = slugify(s.heading);
    if (!id) report(s.line, where, "has no letters or digits to make a link anchor from. Use words in the heading.");
    else if (taken(id)) report(s.line, where, `gives the anchor #${id}, which is already used. Give the section a different heading.`);
    if (isBlank(s.nodes)) {
      report(s.line, where, "is empty. Write its content or remove the heading.");
      continue;
    }
    const tables = s.nodes.filter((n): n is Table => n.type === "table");
    const prose: RootContent[] = s.nodes.filter((n) => n.type !== "table");
    if (tables.length > 1) report(s.line, where, "has more than one table. Give each table its own section.");
    const section: ComparisonSection = { id, heading: s.heading, rows: [], html: prose.length ? renderHtml(prose) : undefined };
    if (tables[0]) headers.push(...readTable(tables[0], doc.bodyOffset, section, taken, (line, message) => report(line, where, message)));
    sections.push(section);
  }
  if (!fm.success || errors.length) return { ok: false, errors };
  const lines = { roles: fm.data.roles.map((_, i) => doc.lineOf(["roles", i])) };
  return { ok: true, value: { slug, file, ...fm.data, sections, headers, lines, links: siteLinks(doc), cited: citedSources(doc) } };
}

/** A section's table: its header names the two roles (given back), each row is a labelled pair of cells with its own anchor. */
function readTable(
  table: Table,
  offset: number,
  section: ComparisonSection,
  taken: (id: string) => boolean,
  report: (line: number | undefined, message: string) => void,
): ParsedComparison["headers"] {
  const [header = [], ...rows] = table.children.map((row) => row.children.map((cell) => toString(cell).trim()));
  const tline = lineOfNode(table, offset);
  const headers: ParsedComparison["headers"] = [];
  if (header.length === 3) {
    section.labelHeading = header[0];
    headers.push({ names: [header[1]!, header[2]!], line: tline });
  } else report(tline, `the table has ${header.length} columns; it needs 3: a label column, then one column per role (| Dimension | Role A | Role B |).`);
  rows.forEach((cells, i) => {
    const row = table.children[i + 1]!;
    const rowLine = lineOfNode(row, offset);
    const label = cells[0] ?? "";
    const rowId = slugify(label);
    if (!label || cells.slice(1).some((c) => !c)) return report(rowLine, `row ${i + 1} has an empty cell. Fill the label and both roles' cells.`);
    if (!rowId) report(rowLine, `row "${label}" has no letters or digits to make a link anchor from. Use words in the label.`);
    else if (taken(rowId)) report(rowLine, `row "${label}" gives the anchor #${rowId}, which is already used. Give the row a different label.`);
    const cell = (n: number) => {
      const c = row.children[n];
      return c ? renderHtml([{ type: "paragraph", children: c.children }]) : "";
    };
    section.rows.push({ id: rowId, label, cells: [cell(1), cell(2)] });
  });
  return headers;
}
