import type { Result } from "./errors";
import { parseProseDocument } from "./document";
import { type Area, type CitedSource, type SiteLink, areaFrontMatter } from "./schema";

/** An area as parsed from one file, with the lines that cross-file checks point at. */
export type ParsedArea = Area & { lines: { order?: number; differ: (number | undefined)[] }; links: SiteLink[]; cited: CitedSource[] };

export const AREA_SECTIONS = [{ heading: "About this area", required: false }] as const;

export function parseArea(file: string, slug: string, source: string): Result<ParsedArea> {
  const r = parseProseDocument(file, source, areaFrontMatter, "an area", AREA_SECTIONS);
  if (!r.ok) return r;
  const { data, html, lineOf, links, cited } = r.value;
  return {
    ok: true,
    value: {
      slug,
      file,
      ...data,
      aboutHtml: html.get("About this area"),
      lines: { order: lineOf(["order"]), differ: data.differ.map((_, i) => lineOf(["differ", i])) },
      links,
      cited,
    },
  };
}
