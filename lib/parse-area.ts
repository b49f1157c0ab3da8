import type { Result } from "./errors";
import { keysFor, parseProseDocument } from "./parse-document";
import { type Area, areaFrontMatterSchema } from "./schema";

/** An area as parsed from one file, with the lines that cross-file checks point at. */
export type ParsedArea = Area & { lines: { order?: number; differ: (number | undefined)[] } };

export const AREA_SECTIONS = [{ heading: "About this area", required: false }] as const;

const differKeys = { differ: { roles: 0, note: 0, sources: 0 } };

export function parseArea(file: string, slug: string, source: string): Result<ParsedArea> {
  const r = parseProseDocument(file, source, areaFrontMatterSchema, keysFor(areaFrontMatterSchema.shape, differKeys), "an area", AREA_SECTIONS);
  if (!r.ok) return r;
  const { data, html, lineOf } = r.value;
  return {
    ok: true,
    value: {
      slug,
      file,
      title: data.title,
      label: data.label,
      order: data.order,
      definition: data.definition,
      ifGap: data.if_gap,
      ifOverlap: data.if_overlap,
      differ: data.differ,
      updated: data.updated,
      aboutHtml: html.get("About this area"),
      lines: { order: lineOf(["order"]), differ: data.differ.map((_, i) => lineOf(["differ", i])) },
    },
  };
}
