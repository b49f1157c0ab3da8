import MiniSearch, { type Options, type SearchOptions, type SearchResult } from "minisearch";
import { stemmer } from "stemmer";
import { pairSummary } from "../content/comparison-sections";
import { alphabeticalPair, compareUrlAt, pairSlug, pairingSlug, whatIfUrl } from "./routes";

/*
 * The search engine, shared by the server (/search?q= without JavaScript) and the browser (the
 * header box and the search page on a static host), so both rank alike. MiniSearch ranks; this
 * module reads the question (question words, "X vs Y") and sets the boosts. Free of the model
 * and zod: the browser loads it. The documents are made at build time (lib/site/search-docs.ts).
 *
 * The ranking rule, in order (docs/architecture.md#search says it for readers):
 * 1. "X vs Y" (or "X versus Y", "X or Y", "difference between X and Y") naming two roles: their
 *    comparison, then the two roles.
 * 2. "X and Y", "X also Y", "X as Y", "can X be Y" naming two roles: "what if" with one person
 *    holding both (what the sources say about the pairing, if the site has it), then the two roles.
 * 3. A page whose title or other name is exactly what was asked, once question words are dropped
 *    (a page, not one responsibility on a role's page).
 * 4. For a question about who answers for something ("who…", "owns", "accountable"), the areas of
 *    work: each one's page rules on who is accountable in each team shape.
 * 5. Then MiniSearch's score: names weigh most, then the title, what the page is, its summary
 *    and its text; every remaining word must match (if no page matches them all, any may).
 * Rules 3 and 4 are boostDocument factors large enough to act as tiers.
 */

export const SEARCH_KINDS = ["role", "responsibility", "area", "team", "comparison", "scrum", "ladder", "pairing"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchDoc {
  id: string;
  kind: SearchKind;
  title: string;
  /** Other names the page answers to: a role's aliases, an area's label, what an author lists in `also_known_as`. */
  names: string;
  /** What the page is, as results show it ("Role", "Responsibility of the Product Owner"); searched too, so "career ladder" finds a ladder. */
  about: string;
  /** What the page covers in a sentence: searched. */
  lead: string;
  /** What results show under the title: the lead, or for an area its ruling. */
  summary: string;
  text: string;
  url: string;
  /** The title and each name as `nameKey` reduces them, joined by "|": a query with the same key names this page exactly. */
  keys: string;
}

export type SearchHit = Pick<SearchDoc, "id" | "kind" | "title" | "about" | "summary" | "url">;

/** Words that ask who answers for something: dropped from the query, and they put the area that rules on it first. */
const WHO_WORDS = new Set(["who", "whose", "whom", "owns", "own", "owning", "accountable", "responsible", "charge", "decides", "decide"]);
/** Words that carry no subject of their own: dropped, unless the query is nothing else ("who does what"). */
const STOP_WORDS = new Set(
  "a an the what which how why when where does do did is are was be can should could would will i we you my our your their its this that there of for in on to with by at about from as".split(
    " ",
  ),
);
/** Words that join the two roles of a comparison: "PM vs PO", "PM versus PO", "PM or PO", "difference between PM and PO". */
const VERSUS = new Set(["vs", "v", "versus", "or"]);
/** Words that join two roles one person holds: "PO and SM", "PO also SM", "PO as SM", "can the PO be the SM". */
const PAIRED = new Set(["and", "also", "as", "be", "plus", "both"]);
/** Words around such a question that name no role: "should one person be PO and SM at the same time". */
const PAIRED_FILLER = new Set(["one", "person", "same", "time", "hold", "holds", "holding", "role", "roles", "combine", "combined", "together"]);

const FIELD_BOOST = { names: 6, title: 4, about: 2, lead: 1.5, text: 1 };
/** A page named exactly what was asked. */
const EXACT_BOOST = 1000;
/** An area of work, for a "who …" question. */
const AREA_BOOST_FOR_WHO = 30;
/** A role above its own responsibilities, which share its words. */
const ROLE_BOOST = 1.5;

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const stem = (word: string) => stemmer(word.toLowerCase());

/** The words that say what the query is about: without question and stop words, unless nothing else is left. */
function topicWords(all: readonly string[]): string[] {
  const topic = all.filter((w) => !WHO_WORDS.has(w) && !STOP_WORDS.has(w));
  return topic.length ? topic : [...all];
}

/** A name or a query reduced to what must match exactly: topic words, stemmed ("Product Owners?" and "product owner" agree). */
export const nameKey = (text: string) => topicWords(words(text)).map(stem).join(" ");

/** The keys of a page's title and other names, as `SearchDoc.keys` holds them. */
export const nameKeys = (names: readonly string[]) => [...new Set(names.map(nameKey).filter(Boolean))].join("|");

export const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ["title", "names", "about", "lead", "text"],
  storeFields: ["kind", "title", "about", "summary", "url", "keys"],
  // Stemmed, so "accepts", "accepting" and "acceptance" meet, and "removes blockers" finds "removing".
  processTerm: stem,
};

const BASE_SEARCH: SearchOptions = {
  boost: FIELD_BOOST,
  prefix: (term) => term.length > 2,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
};

/**
 * A built index; where the build wrote a comparison page for every pair of roles, if it did
 * (lib/site/built-pages.ts); and where the "what if" page is, if the site has one. Addresses as
 * built, base path included, since the server that reads the index may not know the base path.
 */
export interface SearchIndex {
  engine: MiniSearch<SearchDoc>;
  everyPairAt?: string;
  whatIfAt?: string;
  toJSON(): unknown;
}

/** Where a built index says its generated pages are. */
export type BuiltAt = Pick<SearchIndex, "everyPairAt" | "whatIfAt">;

const wrap = (engine: MiniSearch<SearchDoc>, at: BuiltAt): SearchIndex => ({ engine, ...at, toJSON: () => ({ ...at, index: engine }) });

export function buildIndex(docs: readonly SearchDoc[], at: BuiltAt = {}): SearchIndex {
  const engine = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  engine.addAll(docs);
  return wrap(engine, at);
}

const asString = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The index from /search-index.json, as `JSON.stringify(buildIndex(…))` wrote it. */
export function loadIndex(json: string): SearchIndex {
  const data = JSON.parse(json) as BuiltAt & { index: Parameters<typeof MiniSearch.loadJS>[0] };
  return wrap(MiniSearch.loadJS<SearchDoc>(data.index, INDEX_OPTIONS), { everyPairAt: asString(data.everyPairAt), whatIfAt: asString(data.whatIfAt) });
}

const toHit = (r: SearchResult | Record<string, unknown>, id: string): SearchHit => ({
  id,
  kind: r.kind as SearchKind,
  title: String(r.title),
  about: String(r.about),
  summary: String(r.summary),
  url: String(r.url),
});

/** The role a side of "X vs Y" names exactly (by title or alias), if one does. */
function namedRole(index: SearchIndex, side: readonly string[]): SearchResult | undefined {
  const key = nameKey(side.join(" "));
  if (!key) return undefined;
  const isRole = (r: SearchResult) => r.kind === "role" && String(r.keys).split("|").includes(key);
  return index.engine.search(side.join(" "), { combineWith: "AND", filter: isRole })[0];
}

/** The two sides of "X vs Y", "X or Y" or "difference between X and Y", if the query is one. */
function versusSides(all: readonly string[]): [string[], string[]] | undefined {
  const between = all.indexOf("between");
  const at = between >= 0 ? all.indexOf("and", between) : all.findIndex((w) => VERSUS.has(w));
  if (at <= 0) return undefined;
  const side = (ws: readonly string[]) => ws.filter((w) => !STOP_WORDS.has(w) && w !== "difference" && w !== "between");
  const [a, b] = [side(all.slice(0, at)), side(all.slice(at + 1))];
  return a.length && b.length ? [a, b] : undefined;
}

/**
 * For a "X vs Y" query naming two roles: their comparison (the curated one, else the page the
 * build wrote for the pair, if it wrote one), then the two roles.
 */
function comparisonHits(index: SearchIndex, all: readonly string[]): SearchHit[] {
  const sides = versusSides(all);
  const [a, b] = sides?.map((s) => namedRole(index, s)) ?? [];
  if (!a || !b || a.id === b.id) return [];
  const roles = [a, b].map((r) => toHit(r, String(r.id)));
  const pair = pairHit(index, a, b);
  return pair ? [pair, ...roles] : roles;
}

function pairHit(index: SearchIndex, a: SearchResult, b: SearchResult): SearchHit | undefined {
  const [slugA, slugB] = [a, b].map((r) => String(r.id).replace(/^role:/, "")) as [string, string];
  for (const id of [`comparison:${pairSlug(slugA, slugB)}`, `comparison:${pairSlug(slugB, slugA)}`]) {
    const curated = index.engine.getStoredFields(id);
    if (curated) return toHit(curated, id);
  }
  if (index.everyPairAt === undefined) return undefined;
  const [first, second] = alphabeticalPair(slugA, slugB);
  const [titleA, titleB] = (first === slugA ? [a, b] : [b, a]).map((r) => String(r.title)) as [string, string];
  return {
    id: `comparison:${pairSlug(first, second)}`,
    kind: "comparison",
    title: `${titleA} vs ${titleB}`,
    about: "Comparison",
    summary: pairSummary(titleA, titleB),
    url: compareUrlAt(index.everyPairAt, first, second),
  };
}

/** The two roles of "X and Y", "X also Y", "X as Y" or "can X be Y", if the query names two: at the first joining word that leaves a role each side. */
function pairedRoles(index: SearchIndex, all: readonly string[]): [SearchResult, SearchResult] | undefined {
  if (all.some((w) => VERSUS.has(w) || w === "between")) return undefined;
  const side = (ws: readonly string[]) => ws.filter((w) => !STOP_WORDS.has(w) && !PAIRED.has(w) && !PAIRED_FILLER.has(w));
  for (let at = 1; at < all.length - 1; at++) {
    if (!PAIRED.has(all[at] ?? "")) continue;
    const [a, b] = [side(all.slice(0, at)), side(all.slice(at + 1))].map((s) => (s.length ? namedRole(index, s) : undefined));
    if (a && b && a.id !== b.id) return [a, b];
  }
  return undefined;
}

/**
 * For a query naming two roles one person holds: "what if" with both chosen (the pairing's own
 * result when the site has what the sources say about it), then the two roles.
 */
function pairingHits(index: SearchIndex, all: readonly string[]): SearchHit[] {
  const pair = pairedRoles(index, all);
  if (!pair) return [];
  const roles = pair.map((r) => toHit(r, String(r.id)));
  const title = new Map(pair.map((r) => [String(r.id).replace(/^role:/, ""), String(r.title)]));
  const [a, b] = alphabeticalPair(...([...title.keys()] as [string, string]));
  const id = `pairing:${pairingSlug(a, b)}`;
  const stored = index.engine.getStoredFields(id);
  if (stored) return [toHit(stored, id), ...roles];
  if (index.whatIfAt === undefined) return roles;
  const page = pairingPage(title.get(a) ?? a, title.get(b) ?? b);
  return [{ id, kind: "pairing", ...page, url: whatIfUrl([a, b], { both: a, and: b }, index.whatIfAt) }, ...roles];
}

/** How a result names "what if" for one person holding two roles. */
export const pairingPage = (titleA: string, titleB: string) => ({
  title: `One person as ${titleA} and ${titleB}`,
  about: "What if, for your team",
  summary: `What one person holding both roles answers for, which areas lose their owner and the load on each person.`,
});

export function runSearch(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const all = words(query);
  if (!all.length) return [];
  const topic = topicWords(all);
  const key = nameKey(query);
  const asksWho = all.some((w) => WHO_WORDS.has(w)) && topic.length < all.length;
  const options: SearchOptions = {
    ...BASE_SEARCH,
    boostDocument: (_id, _term, stored) =>
      (stored?.kind !== "responsibility" && String(stored?.keys).split("|").includes(key) ? EXACT_BOOST : 1) *
      (stored?.kind === "role" ? ROLE_BOOST : asksWho && stored?.kind === "area" ? AREA_BOOST_FOR_WHO : 1),
  };
  const text = topic.filter((w) => !VERSUS.has(w) || topic.length === 1).join(" ");
  // A "who" question's verb ("manages", "removes") is seldom in the area's own words, so any word may match.
  const found = asksWho ? [] : index.engine.search(text, { ...options, combineWith: "AND" });
  const results = found.length ? found : index.engine.search(text, { ...options, combineWith: "OR" });
  const versus = comparisonHits(index, all);
  const first = versus.length ? versus : pairingHits(index, all);
  const hits = results.map((r) => toHit(r, String(r.id))).filter((h) => !first.some((f) => f.url === h.url));
  return [...first, ...hits].slice(0, limit);
}
