import type { Result } from "./errors";
import { parseProseDocument } from "./document";
import { type CitedSource, type Ladder, type SiteLink, ladderFrontMatter } from "./schema";

/** A ladder as parsed from one file, with each rung's line for the cross-check. */
export type ParsedLadder = Ladder & { rungLines: (number | undefined)[]; links: SiteLink[]; cited: CitedSource[] };

export const LADDER_SECTIONS = [{ heading: "About this ladder", required: true }] as const;

export function parseLadder(file: string, slug: string, source: string): Result<ParsedLadder> {
  const r = parseProseDocument(file, source, ladderFrontMatter, "a ladder", LADDER_SECTIONS);
  if (!r.ok) return r;
  const { data, html, lineOf, links, cited } = r.value;
  return {
    ok: true,
    value: { slug, file, ...data, aboutHtml: html.get("About this ladder") ?? "", rungLines: data.rungs.map((_, i) => lineOf(["rungs", i])), links, cited },
  };
}
