import type { RootContent, Table } from "mdast";
import { type ContentError, type Result, fromZodIssues } from "./errors";
import { isBlank, lineOfNode, renderCell, renderHtml, slugify, splitDocument, tableRows } from "./markdown";
import { isPairPageId } from "./comparison-sections";
import { keysFor } from "./document";
import { type CitedSource, type Comparison, type ComparisonSection, type SiteLink, comparisonFrontMatter, comparisonFrontMatterSchema } from "./schema";
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
  const fm = comparisonFrontMatter.safeParse(doc.data);
  if (!fm.success) errors.push(...fromZodIssues(file, fm.error.issues, doc.data, keysFor(comparisonFrontMatterSchema.shape), doc.lineOf));
  if (fm.success) {
    const [a, b] = fm.data.roles;
    if (a === b) errors.push({ file, line: doc.lineOf(["roles"]), where: "roles", message: `names "${a}" twice. A comparison needs two different roles.` });
    else if (slug !== pairSlug(a, b)) {
      errors.push({
        file,
        line: doc.lineOf(["roles"]),
        where: "roles",
        message: `do not match the file name. Name the file "${pairSlug(a, b)}.md", or change roles to match it.`,
      });
    }
  }
  if (!doc.sections.length) errors.push({ file, message: `has no sections. Add at least one "## " section, e.g. "## Key differences" with a table.` });
  if (!isBlank(doc.preamble))
    errors.push({
      file,
      line: lineOfNode(doc.preamble[0]!, doc.bodyOffset),
      message: `has text before the first section. Put it under a "## Overview" heading.`,
    });

  const sections: ComparisonSection[] = [];
  const headers: ParsedComparison["headers"] = [];
  // Ids already on the page: the page's own sections and computed rows, then each curated one.
  const ids = { seen: new Set<string>(), has: (id: string) => isPairPageId(id) || ids.seen.has(id), add: (id: string) => ids.seen.add(id) };
  for (const s of doc.sections) {
    const where = `## ${s.heading}`;
    const id = slugify(s.heading);
    if (!id) errors.push({ file, line: s.line, where, message: "has no letters or digits to make a link anchor from. Use words in the heading." });
    else if (ids.has(id))
      errors.push({ file, line: s.line, where, message: `gives the anchor #${id}, which is already used. Give the section a different heading.` });
    ids.add(id);
    if (isBlank(s.nodes)) {
      errors.push({ file, line: s.line, where, message: "is empty. Write its content or remove the heading." });
      continue;
    }
    const tables = s.nodes.filter((n): n is Table => n.type === "table");
    const prose: RootContent[] = s.nodes.filter((n) => n.type !== "table");
    if (tables.length > 1) errors.push({ file, line: s.line, where, message: "has more than one table. Give each table its own section." });
    const table = tables[0];
    const section: ComparisonSection = { id, heading: s.heading, rows: [], html: prose.length ? renderHtml(prose) : undefined };
    if (table) readTable(table, { file, where, offset: doc.bodyOffset, ids, errors }, section, headers);
    sections.push(section);
  }
  if (!fm.success || errors.length) return { ok: false, errors };
  const lines = { roles: fm.data.roles.map((_, i) => doc.lineOf(["roles", i])) };
  return { ok: true, value: { slug, file, ...fm.data, sections, headers, lines, links: siteLinks(doc), cited: citedSources(doc) } };
}

interface TableContext {
  file: string;
  where: string;
  offset: number;
  ids: { has: (id: string) => boolean; add: (id: string) => void };
  errors: ContentError[];
}

/** A section's table: its header names the two roles, each row is a labelled pair of cells with its own anchor. */
function readTable(table: Table, at: TableContext, section: ComparisonSection, headers: ParsedComparison["headers"]) {
  const { file, where } = at;
  const rows = tableRows(table);
    const header = rows[0] ?? [];
    const tline = lineOfNode(table, at.offset);
    if (header.length !== 3) {
      at.errors.push({
        file,
        line: tline,
        where,
        message: `the table has ${header.length} columns; it needs 3: a label column, then one column per role (| Dimension | Role A | Role B |).`,
      });
    } else {
      section.labelHeading = header[0];
      headers.push({ names: [header[1]!, header[2]!], line: tline });
    }
    rows.slice(1).forEach((cells, i) => {
      const rowLine = lineOfNode(table.children[i + 1]!, at.offset);
      const label = cells[0] ?? "";
      const rowId = slugify(label);
      if (!label || cells.slice(1).some((c) => !c)) {
        at.errors.push({ file, line: rowLine, where, message: `row ${i + 1} has an empty cell. Fill the label and both roles' cells.` });
        return;
      }
      if (!rowId)
        at.errors.push({ file, line: rowLine, where, message: `row "${label}" has no letters or digits to make a link anchor from. Use words in the label.` });
      else if (at.ids.has(rowId))
        at.errors.push({
          file,
          line: rowLine,
          where,
          message: `row "${label}" gives the anchor #${rowId}, which is already used. Give the row a different label.`,
        });
      at.ids.add(rowId);
      section.rows.push({ id: rowId, label, cells: [renderCell(table, i + 1, 1), renderCell(table, i + 1, 2)] });
    });
}
