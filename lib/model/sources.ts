import type { ContentError } from "../content/errors";
import { closest } from "../content/did-you-mean";
import { isPlaceholder } from "../content/placeholders";
import { type CitedSource, sourceKey } from "../content/schema";
import type { ParsedContent } from "./types";

/*
 * Every source a reader sees is one they can find: each address is cited under one title
 * everywhere, and a source without an address (an internal guide) is cited only under one of the
 * titles the site file lists in unpublished_sources, so that a guide cannot go by several names.
 */

const quoteList = (titles: readonly string[]) => titles.map((t) => `"${t}"`).join(", ");

function unlistedMessage(title: string, unpublished: readonly string[], siteFile: string): string {
  if (!unpublished.length) {
    return `"${title}" has no url, and ${siteFile} lists no unpublished sources. Add the url where a reader can open it, or add the title under unpublished_sources in ${siteFile}.`;
  }
  const near = unpublished.find((t) => sourceKey(t) === sourceKey(title)) ?? closest(title, unpublished);
  const hint = near ? ` (did you mean "${near}"?)` : "";
  return `"${title}" has no url and is not one of the unpublished sources in ${siteFile}${hint}. Add the url where a reader can open it, or cite the guide by its title there: ${quoteList(unpublished)}.`;
}

/** Every source cited under a second title, or without an address under a title the site file does not list. */
export function checkSources(parsed: ParsedContent, unpublished: readonly string[], siteFile: string): ContentError[] {
  const errors: ContentError[] = [];
  const listed = new Set(unpublished);
  const byUrl = new Map<string, { title: string; file: string; line?: number }>();
  const files: { file: string; cited: CitedSource[] }[] = [parsed.roles, parsed.comparisons, parsed.ladders, parsed.areas, parsed.teams, parsed.pairings].flat();
  for (const { file, cited } of files) {
    for (const s of cited) {
      const at = { file, line: s.line, where: s.where };
      if (isPlaceholder(s.title)) continue;
      if (!s.url) {
        if (!listed.has(s.title)) errors.push({ ...at, message: unlistedMessage(s.title, unpublished, siteFile) });
        continue;
      }
      if (listed.has(s.title)) {
        errors.push({
          ...at,
          message: `"${s.title}" is listed as unpublished in ${siteFile}, but has a url here. Remove the url, or take the title out of unpublished_sources.`,
        });
      }
      const first = byUrl.get(s.url);
      if (!first) byUrl.set(s.url, { title: s.title, file, line: s.line });
      else if (first.title !== s.title) {
        const there = first.line ? `${first.file}:${first.line}` : first.file;
        errors.push({
          ...at,
          message: `calls ${s.url} "${s.title}", but ${there} calls it "${first.title}". Cite one source by one title everywhere: use "${first.title}" here, or change both.`,
        });
      }
    }
  }
  return errors;
}
