import MiniSearch, { type Options, type SearchOptions } from "minisearch";
import type { ContentModel } from "../model/link";
import { roleItemUrl, roleUrl } from "./routes";

/*
 * Search over role titles, aliases, summaries and responsibilities. MiniSearch does the
 * ranking; this module only decides what a document is and how fields are weighted.
 * Imported by the build (to write the index) and by the lazily loaded search client.
 */

export interface SearchDoc {
  id: string;
  kind: "role" | "responsibility";
  title: string;
  aliases: string;
  summary: string;
  text: string;
  url: string;
  /** For a responsibility, the role it belongs to. */
  role: string;
}

export type SearchHit = Pick<SearchDoc, "id" | "kind" | "title" | "summary" | "url" | "role">;

const strip = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .replace(/\s+/g, " ")
    .trim();

export function searchDocs(model: ContentModel): SearchDoc[] {
  return model.roles.flatMap((r) => [
    {
      id: `role:${r.slug}`,
      kind: "role" as const,
      title: r.title,
      aliases: r.aliases.join(" "),
      summary: r.summary,
      text: "",
      url: roleUrl(r.slug),
      role: r.title,
    },
    ...r.responsibilities.map((item) => {
      const text = strip(item.html);
      return {
        id: `responsibility:${r.slug}#${item.id}`,
        kind: "responsibility" as const,
        title: item.title,
        aliases: "",
        summary: text.length > 160 ? `${text.slice(0, 157)}…` : text,
        text,
        url: roleItemUrl(r.slug, item.id),
        role: r.title,
      };
    }),
  ]);
}

export const SEARCH_OPTIONS: SearchOptions = {
  // Aliases are short (PO, DM, GPM) and exact: weight them and titles far above body text.
  boost: { aliases: 8, title: 4, summary: 1.5, role: 1, text: 1 },
  prefix: (term) => term.length > 2,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  combineWith: "AND",
  boostDocument: (_id, _term, stored) => (stored?.kind === "role" ? 1.5 : 1),
};

export const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ["title", "aliases", "summary", "text", "role"],
  storeFields: ["kind", "title", "summary", "url", "role"],
  searchOptions: SEARCH_OPTIONS,
};

export function buildIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  index.addAll(docs);
  return index;
}

export function loadIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, INDEX_OPTIONS);
}

export function runSearch(index: MiniSearch<SearchDoc>, query: string, limit = 12): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  return index
    .search(q)
    .slice(0, limit)
    .map((r) => ({
      id: String(r.id),
      kind: r.kind as SearchHit["kind"],
      title: String(r.title),
      summary: String(r.summary),
      url: String(r.url),
      role: String(r.role),
    }));
}
