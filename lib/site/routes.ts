/*
 * Every address on the site, and every anchor that links into a page, is built here: pages,
 * components, the sitemap and the search index call these instead of writing paths by hand.
 *
 * A site may be served under a base path (GitHub Pages serves a project at /<repo>), set with
 * BASE_PATH when building. Every address exported here carries it. The path inside the site is
 * the address without it: the files in the export are named by that (sitePath, pageFile,
 * exportFile), since a host serves the export's folder at the base path.
 */

/** A base path as the build takes it: "" for none, else "/a" or "/a/b"; throws, saying what to write instead, for anything else. */
export function normaliseBase(value: string | undefined): string {
  if (value === undefined || value === "" || value === "/") return "";
  const got = `BASE_PATH is "${value}"`;
  if (!value.startsWith("/")) throw new Error(`${got}: it must start with "/", as in "/${value.replace(/\/+$/, "")}".`);
  if (value.endsWith("/")) throw new Error(`${got}: it must not end with "/"; write "${value.replace(/\/+$/, "")}".`);
  for (const segment of value.slice(1).split("/")) {
    // Only the characters an address carries unescaped, so the prefix reads the same in a link, a file path and a redirect.
    if (!/^[A-Za-z0-9._~-]+$/.test(segment) || segment === "." || segment === "..") {
      throw new Error(
        `${got}: ${segment ? `"${segment}"` : "an empty part (//)"} cannot be part of an address prefix; use letters, digits, ".", "_", "~" and "-" between the slashes.`,
      );
    }
  }
  return value;
}

/** Set in the islands only: a browser has no process.env, so esbuild writes the base path in (scripts/islands.ts). */
declare const __BASE_PATH__: string | undefined;
/** The prefix every address carries; "" when the site is served at the root of its host. */
// In the islands the check folds away with the variable, so they carry neither the check nor its messages.
export const BASE_PATH = typeof __BASE_PATH__ === "string" ? __BASE_PATH__ : normaliseBase(process.env.BASE_PATH);

/** The address of a path inside a site served at `base`: the home page is the base itself. */
export const addressIn = (base: string, path: string) => (path === "/" ? base || "/" : `${base}${path}`);
const at = (path: string) => addressIn(BASE_PATH, path);

/**
 * Rendered Markdown with the links and images its author wrote into the site (/roles/…, without
 * a base path) moved under the base path. remark-html escapes "<" in text, so `<a href="` and
 * `<img src="` only ever begin a tag it wrote.
 */
export const withBasePath = (html: string) => (BASE_PATH ? html.replace(/(<a href="|<img src=")\/(?!\/)/g, `$1${BASE_PATH}/`) : html);

/** The path inside the site of one of these addresses: the address without the base path. */
export function sitePath(address: string): string {
  if (!BASE_PATH) return address;
  const rest = address.startsWith(BASE_PATH) ? address.slice(BASE_PATH.length) : undefined;
  if (rest === undefined || !/^([/?#]|$)/.test(rest)) throw new Error(`${address} is not an address under the base path ${BASE_PATH}.`);
  return rest.startsWith("/") ? rest : `/${rest}`;
}

export const ROLES = at("/roles");
export const COMPARE = at("/compare");
export const COMPARE_GO = at("/compare/go");
export const WHO_DOES_WHAT_IN_SCRUM = at("/compare/who-does-what");
export const LADDERS = at("/ladders");
export const RESPONSIBILITIES = at("/responsibilities");
export const TEAMS = at("/teams");
export const SEARCH = at("/search");
export const HOME = at("/");
export const NOT_FOUND = at("/404");
/** Where the picker sends a reader whose two roles were not both found. */
export const COMPARE_PICK = `${COMPARE}#pick`;

/** Files the build writes beside the pages. */
export const SEARCH_INDEX = at("/search-index.json");
export const OPEN_DATA = at("/data/roles.json");
export const OPEN_DATA_SCHEMA = at("/data/roles.schema.json");
export const SITEMAP = at("/sitemap.xml");
export const ROBOTS = at("/robots.txt");
/** Netlify's and Cloudflare Pages' redirect list, which `npm start` reads too. */
export const REDIRECTS = at("/_redirects");
/** Next writes a route's opengraph-image file without an extension. */
export const previewImageUrl = (page: string) => `${page === HOME ? BASE_PATH : page}/opengraph-image`;
/** Next's own files (stylesheets, icons, its runtime, which the build removes): Next puts the base path in front of them itself. */
export const NEXT_ASSETS = at("/_next/");
/** Each island's script, and the chunks it loads on use (hashed, so they never change). */
export const ISLANDS = at("/islands");
export const islandUrl = (name: string) => `${ISLANDS}/${name}.js`;
export const ISLAND_CHUNKS = `${ISLANDS}/chunks/`;

/** The "your team" page lives among the team shapes, so no team shape may take this slug. */
export const YOUR_TEAM_SLUG = "yours";
export const YOUR_TEAM = `${TEAMS}/${YOUR_TEAM_SLUG}`;
/** The stylesheet that carries the "your team" rule (see components/your-team-css.ts). */
export const YOUR_TEAM_CSS = `${YOUR_TEAM}/coverage.css`;
/** The stylesheet that gives the brand colours the site file's accent (app/site.css/route.ts). */
export const SITE_CSS = at("/site.css");

export const roleUrl = (slug: string) => `${ROLES}/${slug}`;
/** One responsibility (or skill, or section) on a role's page. */
export const roleItemUrl = (slug: string, id: string) => `${roleUrl(slug)}#${id}`;

const PAIR_SEPARATOR = "-vs-";
export const pairSlug = (a: string, b: string) => `${a}${PAIR_SEPARATOR}${b}`;
/** A pair's comparison page under `compare`, the comparisons' address: the search index carries it as built (lib/site/search.ts). */
export const compareUrlAt = (compare: string, a: string, b: string) => `${compare}/${pairSlug(a, b)}`;
export const compareUrl = (a: string, b: string) => compareUrlAt(COMPARE, a, b);
/** A pair's order in its address when no curated comparison sets one: alphabetical, so each pair has one address. */
export const alphabeticalPair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);
/** A comparison's preview image is a route of its own, not an opengraph-image file (see app/compare/[pair]/preview.png). */
export const pairPreviewUrl = (a: string, b: string) => `${compareUrl(a, b)}/preview.png`;

/** Splits "a-vs-b" into two slugs that `isRole` accepts; slugs may contain hyphens, so each "-vs-" is tried. */
export function splitPairSlug(pair: string, isRole: (slug: string) => boolean): [string, string] | undefined {
  let at = pair.indexOf(PAIR_SEPARATOR);
  while (at !== -1) {
    const a = pair.slice(0, at);
    const b = pair.slice(at + PAIR_SEPARATOR.length);
    if (a !== b && isRole(a) && isRole(b)) return [a, b];
    at = pair.indexOf(PAIR_SEPARATOR, at + 1);
  }
  return undefined;
}

/**
 * The two roles an address such as /compare/a-vs-b (after the base path, if any: the 404 page's
 * island passes the browser's address as it is) names, if it is a comparison address and both
 * are roles (the island compares a pair the build did not write). A malformed escape is no pair
 * rather than an error.
 */
export function pairInPath(pathname: string, isRole: (slug: string) => boolean): [string, string] | undefined {
  const prefix = `${COMPARE}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  const rest = pathname.slice(prefix.length).replace(/\/$/, "");
  if (rest.includes("/")) return undefined;
  try {
    return splitPairSlug(decodeURIComponent(rest).toLowerCase(), isRole);
  } catch {
    return undefined;
  }
}

/** The words of an address a reader may have mistyped: the last segment, or both halves of a pair. */
export const pathWords = (pathname: string): string[] => {
  const last = pathname.split("/").filter(Boolean).pop() ?? "";
  return last.includes(PAIR_SEPARATOR) ? last.split(PAIR_SEPARATOR) : [last];
};

/** One role's open data, small enough to fetch two of for a comparison (app/data/roles/[file]/route.ts). */
export const ROLE_DATA_DIR = at("/data/roles");
export const roleDataFile = (slug: string) => `${slug}.json`;
export const roleDataUrl = (slug: string) => `${ROLE_DATA_DIR}/${roleDataFile(slug)}`;

export const ladderUrl = (slug: string) => `${LADDERS}/${slug}`;
export const rungUrl = (ladder: string, role: string) => `${ladderUrl(ladder)}#${role}`;
/** "Where am I?" on one rung: tick what you do there and on the next rung, and see what is left. */
export const selfCheckUrl = (ladder: string, rung: string) => `${ladderUrl(ladder)}/${rung}`;
/** The address parameter that holds what a reader ticked on a self-check, so a link shares it. */
export const SELF_CHECK_PARAM = "do";
/** The self-check's rule (a ticked item leaves "what is left"), as a stylesheet: it works without JavaScript. */
export const SELF_CHECK_CSS = `${LADDERS}/self-check.css`;

export const areaUrl = (slug: string) => `${RESPONSIBILITIES}/${slug}`;
export const DIFFER_ID = "sources-differ";
export const areaDifferUrl = (slug: string) => `${areaUrl(slug)}#${DIFFER_ID}`;
/** One role's responsibilities in an area, on the area's page. */
export const areaRoleUrl = (area: string, role: string) => `${areaUrl(area)}#role-${role}`;
/** A team shape's ruling on an area: its row on the area's page. */
export const rulingId = (team: string) => `in-${team}`;
export const areaRulingUrl = (area: string, team: string) => `${areaUrl(area)}#${rulingId(team)}`;

export const teamUrl = (slug: string) => `${TEAMS}/${slug}`;
/** The "your team" page with these roles ticked: the team is in the address, so a link shares it. */
export const YOUR_TEAM_PARAM = "role";
export const yourTeamUrl = (roles: readonly string[]) => teamFormUrl(YOUR_TEAM, roles);

/**
 * "What if" on the your-team page: one person holds two roles (`both` and `and`), and a role has
 * left (`left`). Each is one value, from a <select> in the same form, so the address shares it.
 */
export const WHAT_IF_PARAMS = { both: "both", and: "and", left: "left" } as const;
export type WhatIfParam = keyof typeof WHAT_IF_PARAMS;
/** "What if" for your team: its own page, beside "your team", so each page stays within its byte budget. */
export const WHAT_IF = `${YOUR_TEAM}/what-if`;
/** The stylesheet that carries the "what if" rule (see components/what-if-css.ts). */
export const WHAT_IF_CSS = `${YOUR_TEAM}/what-if.css`;
/** A pairing's file name and its anchor on the your-team page: the two roles, alphabetically, joined by "-and-". */
export const pairingSlug = (a: string, b: string) => (a < b ? `${a}-and-${b}` : `${b}-and-${a}`);
/** An address with these roles ticked (a parameter each, as a form's ticked boxes give them) and this what-if; without a query for none. */
function teamFormUrl(address: string, roles: readonly string[], whatIf: Partial<Record<WhatIfParam, string>> = {}): string {
  const query = new URLSearchParams(roles.map((r) => [YOUR_TEAM_PARAM, r]));
  for (const key of Object.keys(WHAT_IF_PARAMS) as WhatIfParam[]) if (whatIf[key]) query.append(WHAT_IF_PARAMS[key], whatIf[key]);
  return query.toString() ? `${address}?${query.toString()}` : address;
}
/** The what-if page with these roles ticked and this what-if, as its form would submit them. */
export const whatIfUrl = (roles: readonly string[], whatIf: Partial<Record<WhatIfParam, string>>, address = WHAT_IF) => teamFormUrl(address, roles, whatIf);

/**
 * Spreadsheet downloads, beside the open data: the responsibility matrix and each team shape are
 * files the build writes (app/data/responsibilities.csv, app/data/teams/[file]); "your team"'s
 * is made by `npm start` (scripts/serve.ts) or, on a static host, by the page's island.
 */
export const RESPONSIBILITIES_CSV = at("/data/responsibilities.csv");
export const TEAM_CSV_DIR = at("/data/teams");
export const teamCsvFile = (slug: string) => `${slug}.csv`;
export const teamCsvUrl = (slug: string) => `${TEAM_CSV_DIR}/${teamCsvFile(slug)}`;
export const YOUR_TEAM_CSV = teamCsvUrl(YOUR_TEAM_SLUG);
/** "Your team" as a spreadsheet, for these roles: the same query as the page's address. */
export const yourTeamCsvUrl = (roles: readonly string[]) => teamFormUrl(YOUR_TEAM_CSV, roles);
/** The same spreadsheet after a what-if: the what-if page's query. */
export const whatIfCsvUrl = (roles: readonly string[], whatIf: Partial<Record<WhatIfParam, string>>) => whatIfUrl(roles, whatIf, YOUR_TEAM_CSV);

/** What changed on the site (app/changes/page.tsx), and the same list as an Atom feed. */
export const CHANGES = at("/changes");
export const CHANGES_FEED = at("/changes.xml");
export const changeUrl = (id: string) => `${CHANGES}#${id}`;

/** The file in the static export that holds a data file's or image's address, relative to the export's folder. */
export const exportFile = (address: string) => sitePath(address).slice(1);
/** The HTML file in the static export that answers a page's address. */
export const pageFile = (page: string) => (page === HOME ? "index.html" : `${exportFile(page)}.html`);
