import { pathToString } from "./errors";
import type { SplitDocument } from "./markdown";
import type { CitedSource } from "./schema";

/**
 * Every source a file cites, wherever its front matter lists them (a page's `sources`, an area's
 * `differ[i].sources`), with the line and field of each: the cross-file check of source titles
 * (lib/model/sources.ts) points at them.
 */
export function citedSources(doc: Pick<SplitDocument, "data" | "lineOf">): CitedSource[] {
  const cited: CitedSource[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (!value || typeof value !== "object") return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
      return;
    }
    for (const [key, v] of Object.entries(value)) {
      if (key === "sources" && Array.isArray(v)) {
        v.forEach((s: unknown, i) => {
          const item = s as { title?: unknown; url?: unknown };
          if (typeof item?.title !== "string") return;
          const at = [...path, key, i];
          cited.push({
            title: item.title.trim(),
            url: typeof item.url === "string" ? item.url : undefined,
            line: doc.lineOf(at),
            where: pathToString(at),
          });
        });
      } else walk(v, [...path, key]);
    }
  };
  walk(doc.data, []);
  return cited;
}
