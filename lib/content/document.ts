import type { z } from "zod";
import { type ContentError, fromZodIssues, reporter } from "./errors";
import { isBlank, lineOfNode, renderHtml, splitDocument } from "./markdown";
import { citedSources } from "./cited-sources";
import { siteLinks } from "./site-links";

/*
 * The shared shape of ladders, areas and team shapes: front matter checked by a zod schema,
 * then a few prose sections with fixed headings. Pure: text in, data and section HTML out.
 */

export function parseProseDocument<S extends z.ZodType<Record<string, unknown>>>(
  file: string,
  source: string,
  schema: S,
  kind: string,
  sections: readonly { heading: string; required: boolean }[],
) {
  const split = splitDocument(file, source);
  if (!split.ok) return split;
  const { doc } = split;
  const errors: ContentError[] = [];
  const report = reporter(file, errors);
  const fm = schema.safeParse(doc.data);
  if (!fm.success) errors.push(...fromZodIssues(file, fm.error.issues, doc.data, schema, doc.lineOf));
  const headings = sections.map((s) => `"## ${s.heading}"`).join(" and ");
  if (!isBlank(doc.preamble)) {
    report(lineOfNode(doc.preamble[0]!, doc.bodyOffset), undefined, `has text before the first section. Put it under ${headings}.`);
  }
  // Rendered HTML of each section present, by heading.
  const html = new Map<string, string>();
  for (const s of doc.sections) {
    const known = sections.find((k) => k.heading.toLowerCase() === s.heading.toLowerCase());
    const where = `## ${s.heading}`;
    if (!known) report(s.line, where, `is not a section of ${kind}. Use ${headings}.`);
    else if (html.has(known.heading)) report(s.line, where, "appears twice. Merge the two into one section.");
    else if (isBlank(s.nodes)) report(s.line, where, "is empty. Write its content or remove the heading.");
    else html.set(known.heading, renderHtml(s.nodes));
  }
  for (const s of sections) {
    const where = `## ${s.heading}`;
    if (s.required && !html.has(s.heading) && !errors.some((e) => e.where === where)) report(undefined, where, `is missing. Add it: "## ${s.heading}" and a paragraph under it.`);
  }
  if (!fm.success || errors.length) return { ok: false as const, errors };
  return { ok: true as const, value: { data: fm.data, html, lines: doc.lines, lineOf: doc.lineOf, links: siteLinks(doc), cited: citedSources(doc) } };
}
