import { pathToString } from "./errors";
import { type SplitDocument, eachValue } from "./markdown";
import type { CitedSource } from "./schema";

/**
 * Every source a file cites, wherever its front matter lists them (a page's `sources`, an area's
 * `differ[i].sources`), with the line and field of each: the cross-file check of source titles
 * (lib/model/sources.ts) points at them.
 */
export function citedSources(doc: Pick<SplitDocument, "data" | "lineOf">): CitedSource[] {
  const cited: CitedSource[] = [];
  eachValue(doc.data, (value, path) => {
    const item = value as { title?: unknown; url?: unknown } | null;
    if (path.at(-2) !== "sources" || typeof path.at(-1) !== "number" || typeof item?.title !== "string") return;
    cited.push({ title: item.title.trim(), url: typeof item.url === "string" ? item.url : undefined, line: doc.lineOf(path), where: pathToString(path) });
  });
  return cited;
}
