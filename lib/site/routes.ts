/*
 * Every address on the site, and every anchor that links into a page, is built here: pages,
 * components, the sitemap and the search index call these instead of writing paths by hand.
 */

export const ROLES = "/roles";
export const COMPARE = "/compare";
export const COMPARE_GO = "/compare/go";
export const WHO_DOES_WHAT_IN_SCRUM = "/compare/who-does-what";
export const LADDERS = "/ladders";
export const RESPONSIBILITIES = "/responsibilities";
export const TEAMS = "/teams";
export const SEARCH = "/search";
export const HOME = "/";
export const NOT_FOUND = "/404";
/** Where the picker sends a reader whose two roles were not both found. */
export const COMPARE_PICK = `${COMPARE}#pick`;

/** Files the build writes beside the pages. */
export const SEARCH_INDEX = "/search-index.json";
export const OPEN_DATA = "/data/roles.json";
export const OPEN_DATA_SCHEMA = "/data/roles.schema.json";
export const SITEMAP = "/sitemap.xml";
export const ROBOTS = "/robots.txt";
/** Netlify's and Cloudflare Pages' redirect list, which `npm start` reads too. */
export const REDIRECTS = "/_redirects";
/** Next writes a route's opengraph-image file without an extension. */
export const previewImageUrl = (page: string) => `${page === HOME ? "" : page}/opengraph-image`;
/** Each island's script, and the chunks it loads on use (hashed, so they never change). */
export const ISLANDS = "/islands";
export const islandUrl = (name: string) => `${ISLANDS}/${name}.js`;
export const ISLAND_CHUNKS = `${ISLANDS}/chunks/`;

/** The "your team" page lives among the team shapes, so no team shape may take this slug. */
export const YOUR_TEAM_SLUG = "yours";
export const YOUR_TEAM = `${TEAMS}/${YOUR_TEAM_SLUG}`;
/** The stylesheet that carries the "your team" rule (see components/your-team-css.ts). */
export const YOUR_TEAM_CSS = `${YOUR_TEAM}/coverage.css`;

export const roleUrl = (slug: string) => `${ROLES}/${slug}`;
/** One responsibility (or skill, or section) on a role's page. */
export const roleItemUrl = (slug: string, id: string) => `${roleUrl(slug)}#${id}`;

const PAIR_SEPARATOR = "-vs-";
export const pairSlug = (a: string, b: string) => `${a}${PAIR_SEPARATOR}${b}`;
export const compareUrl = (a: string, b: string) => `${COMPARE}/${pairSlug(a, b)}`;
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
 * The two roles an address such as /compare/a-vs-b names, if it is a comparison address and
 * both are roles (the 404 page's island compares a pair the build did not write). A malformed
 * escape is no pair rather than an error.
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
export const ROLE_DATA_DIR = "/data/roles";
export const roleDataFile = (slug: string) => `${slug}.json`;
export const roleDataUrl = (slug: string) => `${ROLE_DATA_DIR}/${roleDataFile(slug)}`;

export const ladderUrl = (slug: string) => `${LADDERS}/${slug}`;
export const rungUrl = (ladder: string, role: string) => `${ladderUrl(ladder)}#${role}`;

export const areaUrl = (slug: string) => `${RESPONSIBILITIES}/${slug}`;
export const DIFFER_ID = "sources-differ";
export const areaDifferUrl = (slug: string) => `${areaUrl(slug)}#${DIFFER_ID}`;

export const teamUrl = (slug: string) => `${TEAMS}/${slug}`;
/** The "your team" page with these roles ticked: the team is in the address, so a link shares it. */
export const yourTeamUrl = (roles: readonly string[]) =>
  roles.length ? `${YOUR_TEAM}?${roles.map((r) => `role=${encodeURIComponent(r)}`).join("&")}` : YOUR_TEAM;
export const YOUR_TEAM_PARAM = "role";

/** The HTML file in the static export that answers a page's address. */
export const pageFile = (page: string) => (page === HOME ? "index.html" : `${page.slice(1)}.html`);
