import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { select, selectAll } from "hast-util-select";
import { searchResultsHtml } from "../components/islands/lib/search-results-html";
import { loadIndex, runSearch } from "../lib/site/search";
import { findRole } from "../lib/model/find-role";
import type { ContentModel } from "../lib/model/types";
import { CSV_TYPE, teamCsv, whatIfCsv } from "../lib/site/csv";
import { YOUR_TEAM_CSV_NAME } from "../lib/site/csv-rows";
import {
  CHANGES_FEED,
  COMPARE_GO,
  COMPARE_PICK,
  HOME,
  ISLAND_CHUNKS,
  LADDERS,
  NEXT_ASSETS,
  NOT_FOUND,
  OPEN_DATA,
  REDIRECTS,
  SEARCH,
  SEARCH_INDEX,
  SELF_CHECK_PARAM,
  WHAT_IF,
  WHAT_IF_PARAMS,
  YOUR_TEAM,
  YOUR_TEAM_CSV,
  YOUR_TEAM_PARAM,
  addressIn,
  compareUrl,
  exportFile,
  normaliseBase,
  pageFile,
  roleUrl,
  sitePath,
} from "../lib/site/routes";
import { parseFragment, parsePage, serializePage } from "./page-tree";

/*
 * `npm start`: serves the static export in out/ with Node alone. What a plain file host cannot
 * do, it adds: security headers, a real 404 status, 308s for alias addresses (from the build's
 * _redirects), the no-JavaScript picker (/compare/go) and search results for /search?q=.
 * It never writes to disk: an address that was not built is a 404, whatever is asked for.
 * A site built under a base path is answered under it: / redirects there, and any other address
 * outside it is a 404.
 */

export const SECURITY_HEADERS: Record<string, string> = {
  // No page has an inline script or style attribute left, so neither needs 'unsafe-inline'.
  "Content-Security-Policy": [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; "),
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": CSV_TYPE,
  ".woff2": "font/woff2",
};
// Next writes opengraph-image files without an extension (/opengraph-image, /ladders/x/opengraph-image).
const typeOf = (file: string) => TYPES[path.extname(file)] ?? (path.basename(file).startsWith("opengraph-image") ? "image/png" : "application/octet-stream");
const compressible = (type: string) => /^(text\/|application\/(json|xml|atom\+xml)|image\/svg)/.test(type);
// Feed readers and browsers recognise the change feed by its own type.
const ATOM = "application/atom+xml; charset=utf-8";

/** A role as the open data file lists it: enough to find one by slug, title or alias. */
interface RoleName {
  slug: string;
  title: string;
  aliases: string[];
}

function readRedirects(root: string): Map<string, { to: string; status: number }> {
  const file = path.join(root, exportFile(REDIRECTS));
  if (!fs.existsSync(file)) return new Map();
  return new Map(
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      .filter((parts) => parts.length >= 2 && parts[0]!.startsWith("/"))
      .map(([from, to, status]) => [from!, { to: to!, status: Number(status ?? 308) }]),
  );
}

export interface SiteOptions {
  /** The static export to serve. */
  root: string;
  /** The base path it was built for (BASE_PATH); by default, read from the export (exportBase). */
  base?: string;
}

/**
 * The base path an export was built for: what comes before Next's own files in the address of its
 * home page's stylesheet, since Next writes the base path in front of them (next.config.ts).
 */
export function exportBase(root: string): string {
  const page = parsePage(fs.readFileSync(path.join(root, pageFile(HOME)), "utf8"));
  const href = select('link[rel~="stylesheet"]', page)?.properties.href;
  const at = typeof href === "string" ? href.indexOf(sitePath(NEXT_ASSETS)) : -1;
  return at > 0 ? normaliseBase(String(href).slice(0, at)) : "";
}

const HTML = TYPES[".html"]!;
const NO_CACHE = { "Cache-Control": "no-cache" };

/** A response the server makes up rather than reads from a file. */
type Answer = { redirect: string; status: number } | { page: Buffer } | { download: Buffer; type: string; headers: Record<string, string> };

type TeamData = Pick<ContentModel, "roles" | "areas">;

/**
 * "Your team" as a spreadsheet, for the roles the address names (the page's "Download as CSV" sends them without JavaScript),
 * with the what-if when the address has one (the what-if page's form sends its choices too).
 */
function yourTeamCsv(data: TeamData, find: (name: string) => RoleName | undefined, params: URLSearchParams): Answer {
  const slugs = [...new Set(params.getAll(YOUR_TEAM_PARAM).flatMap((w) => find(w)?.slug ?? []))];
  const chosen = (param: string) => find(params.get(param) ?? "")?.slug;
  const whatIf = Object.values(WHAT_IF_PARAMS).some((p) => params.get(p));
  const csv = whatIf
    ? whatIfCsv(data, { ticked: slugs, both: chosen(WHAT_IF_PARAMS.both), and: chosen(WHAT_IF_PARAMS.and), left: chosen(WHAT_IF_PARAMS.left) })
    : teamCsv(data, slugs);
  return { download: Buffer.from(csv), type: CSV_TYPE, headers: { "Content-Disposition": `attachment; filename="${YOUR_TEAM_CSV_NAME}"` } };
}

/**
 * A page whose form holds checkboxes, with the boxes the address names ticked, and in each select
 * named in `chosen` the option it names, so a shared link works without JavaScript.
 */
function tickBoxes(html: Buffer, param: string, values: ReadonlySet<string>, chosen: ReadonlyMap<string, string | undefined> = new Map()): Buffer {
  const page = parsePage(html.toString("utf8"));
  for (const box of selectAll(`input[type="checkbox"][name="${param}"]`, page)) {
    if (values.has(String(box.properties.value))) box.properties.checked = true;
  }
  for (const [name, value] of chosen) {
    for (const option of selectAll(`select[name="${name}"] option`, page)) option.properties.selected = value !== undefined && option.properties.value === value;
  }
  return Buffer.from(serializePage(page));
}

/** "Your team" or "what if", with the roles the address names ticked and the what-if's choices chosen (`slugOf` reads a role's slug, title or alias). */
function teamFormPage(html: Buffer, params: URLSearchParams, slugOf: (name: string) => string | undefined): Buffer {
  const ticked = new Set(params.getAll(YOUR_TEAM_PARAM).flatMap((name) => slugOf(name) ?? []));
  return tickBoxes(html, YOUR_TEAM_PARAM, ticked, new Map(Object.values(WHAT_IF_PARAMS).map((name) => [name, slugOf(params.get(name) ?? "")])));
}

/** The export's file for a rung's self-check page (/ladders/<ladder>/<rung>, as a path inside the site), if the export has one. */
function selfCheckFile(base: string, inSite: string | undefined): string | undefined {
  const parts = inSite?.split("/") ?? [];
  if (parts.length !== 4 || `/${parts[1]}` !== sitePath(LADDERS) || !parts.slice(2).every((p) => /^[a-z0-9-]+$/.test(p))) return undefined;
  const file = `${parts.slice(1).join("/")}.html`;
  return fs.existsSync(path.join(base, file)) ? file : undefined;
}

/** The export on disk, served under `prefix`, and the pages the server writes from it for what a static host cannot answer. */
function openSite(root: string, prefix: string) {
  const base = path.resolve(root);
  const read = (rel: string) => fs.readFileSync(path.join(base, rel));
  // An address as this server answers it: the routes' own base path (from the environment) swapped for the export's.
  const here = (address: string) => addressIn(prefix, sitePath(address));
  let roles: RoleName[] | undefined;
  let index: ReturnType<typeof loadIndex> | undefined;
  const lookupRole = (name: string): RoleName | undefined => {
    roles ??= (JSON.parse(read(exportFile(OPEN_DATA)).toString("utf8")) as { roles: RoleName[] }).roles;
    return findRole(roles, name);
  };

  /** "Your team" with the roles in the address ticked, named by slug, title or alias. */
  const slugOf = (name: string) => lookupRole(name)?.slug;
  let teamData: TeamData | undefined;
  const readTeamData = () => (teamData ??= JSON.parse(read(exportFile(OPEN_DATA)).toString("utf8")) as TeamData);

  /** The search page with the results for the query, and the query in its box. */
  function searchPage(query: string): Buffer {
    index ??= loadIndex(read(exportFile(SEARCH_INDEX)).toString("utf8"));
    const page = parsePage(read(pageFile(SEARCH)).toString("utf8"));
    const results = select("#search-results", page);
    const box = select("#search-page-q", page);
    if (!results || !box) throw new Error(`${pageFile(SEARCH)} has no #search-results or no #search-page-q to write the results into.`);
    results.properties.dataQuery = query;
    results.children = parseFragment(searchResultsHtml(query, runSearch(index, query, 30)));
    box.properties.value = query;
    return Buffer.from(serializePage(page));
  }

  /** What the server answers itself at this address, if anything: redirects, the picker, "your team" and search. */
  function answer(pathname: string, params: URLSearchParams): Answer | undefined {
    const moved = redirects.get(pathname);
    if (moved) return { redirect: moved.to, status: moved.status };
    if (pathname === here(COMPARE_GO)) {
      const a = lookupRole(params.get("a") ?? "");
      const b = lookupRole(params.get("b") ?? "");
      // Relative, so a proxy in front keeps the origin the browser asked for (CSP form-action 'self').
      if (!a || !b) return { redirect: here(COMPARE_PICK), status: 303 };
      return { redirect: here(a.slug === b.slug ? roleUrl(a.slug) : compareUrl(a.slug, b.slug)), status: 303 };
    }
    if (pathname === here(YOUR_TEAM) && params.has(YOUR_TEAM_PARAM)) return { page: teamFormPage(read(pageFile(YOUR_TEAM)), params, slugOf) };
    if (pathname === here(WHAT_IF) && [...params.keys()].length) return { page: teamFormPage(read(pageFile(WHAT_IF)), params, slugOf) };
    const selfCheck = params.has(SELF_CHECK_PARAM) ? selfCheckFile(base, inside(pathname)) : undefined;
    if (selfCheck) return { page: tickBoxes(read(selfCheck), SELF_CHECK_PARAM, new Set(params.getAll(SELF_CHECK_PARAM))) };
    if (pathname === here(SEARCH) && params.get("q")) return { page: searchPage(params.get("q")!.slice(0, 200)) };
    if (pathname === here(YOUR_TEAM_CSV)) return yourTeamCsv(readTeamData(), lookupRole, params);
    return undefined;
  }

  /** The path inside the site of an address under the prefix; undefined outside it. */
  function inside(pathname: string): string | undefined {
    if (!prefix) return pathname;
    if (pathname === prefix) return "/";
    return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : undefined;
  }

  /** The file that answers a path inside the site, if the export has one. */
  function resolve(inner: string): string | undefined {
    if (inner === sitePath(REDIRECTS)) return undefined;
    const rel = path.normalize(inner).replace(/^[/\\]+/, "");
    const candidates = rel === "" ? [pageFile(HOME)] : [rel, `${rel}.html`, path.join(rel, "index.html")];
    for (const c of candidates) {
      const full = path.join(base, c);
      if (!full.startsWith(base + path.sep)) return undefined;
      if (fs.statSync(full, { throwIfNoEntry: false })?.isFile()) return full;
    }
    return undefined;
  }

  const redirects = readRedirects(base);
  return { notFoundPage: () => read(pageFile(NOT_FOUND)), answer, inside, resolve };
}

/** The path a request asks for, or undefined for one that is malformed or tries to leave the site. */
function requestedPath(req: http.IncomingMessage): { url: URL; pathname: string } | undefined {
  try {
    // Concatenated, not resolved: new URL("//host/", base) would read a path of "//host/" as another host.
    const url = new URL(`http://site${req.url ?? "/"}`);
    const pathname = decodeURIComponent(url.pathname);
    return pathname.includes("\0") || pathname.split("/").includes("..") ? undefined : { url, pathname };
  } catch {
    // A stray % escape (/roles/%E0%A4%A) is the client's mistake, not the server's.
    return undefined;
  }
}

export function createSiteHandler({ root, base = exportBase(root) }: SiteOptions): http.RequestListener {
  const prefix = normaliseBase(base);
  const site = openSite(root, prefix);
  // Compressed bodies by file and modification time. Bounded, and in memory only.
  const gzipped = new Map<string, Buffer>();

  /** cacheKey names a file's version, so its compressed body can be reused. */
  function send(req: http.IncomingMessage, res: http.ServerResponse, status: number, type: string, body: Buffer, extra = {}, cacheKey?: string) {
    const headers: Record<string, string> = { ...SECURITY_HEADERS, "Content-Type": type, Vary: "Accept-Encoding", ...extra };
    let payload = body;
    if (compressible(type) && body.length > 512 && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      payload = (cacheKey && gzipped.get(cacheKey)) || gzipSync(body);
      if (cacheKey) {
        if (gzipped.size > 1000) gzipped.clear();
        gzipped.set(cacheKey, payload);
      }
      headers["Content-Encoding"] = "gzip";
    }
    headers["Content-Length"] = String(payload.length);
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : payload);
  }

  const bare = (res: http.ServerResponse, status: number, headers: Record<string, string> = {}) => {
    res.writeHead(status, { ...SECURITY_HEADERS, "Content-Length": "0", ...headers });
    res.end();
  };

  function sendFile(req: http.IncomingMessage, res: http.ServerResponse, inner: string, file: string) {
    const stat = fs.statSync(file);
    const etag = `W/"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}"`;
    // Hashed names never change content; everything else is checked each time, cheaply, with the ETag.
    const immutable = inner.startsWith(`${sitePath(NEXT_ASSETS)}static/`) || inner.startsWith(sitePath(ISLAND_CHUNKS));
    const caching = { ETag: etag, "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache" };
    if (req.headers["if-none-match"] === etag) return bare(res, 304, caching);
    send(req, res, 200, inner === sitePath(CHANGES_FEED) ? ATOM : typeOf(file), fs.readFileSync(file), caching, `${file}:${etag}`);
  }

  return (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") return bare(res, 405, { Allow: "GET, HEAD" });
      const asked = requestedPath(req);
      if (!asked) return send(req, res, 400, HTML, site.notFoundPage(), NO_CACHE);
      const { url, pathname } = asked;
      // One address per page. Leading slashes collapse too, or //evil.example/ would leave the site.
      if (pathname.length > 1 && pathname.endsWith("/")) return bare(res, 308, { Location: `/${url.pathname.replace(/^\/+|\/+$/g, "")}${url.search}` });
      const inner = site.inside(pathname);
      if (inner === undefined) {
        // Someone who asks for the host itself is looking for the site.
        if (pathname === "/") return bare(res, 302, { Location: `${prefix}${url.search}` });
        return send(req, res, 404, HTML, site.notFoundPage(), NO_CACHE);
      }
      const made = site.answer(pathname, url.searchParams);
      if (made && "redirect" in made) return bare(res, made.status, { Location: made.redirect });
      if (made && "download" in made) return send(req, res, 200, made.type, made.download, { ...NO_CACHE, ...made.headers });
      if (made) return send(req, res, 200, HTML, made.page, NO_CACHE);
      const file = site.resolve(inner);
      if (!file) return send(req, res, 404, HTML, site.notFoundPage(), NO_CACHE);
      sendFile(req, res, inner, file);
    } catch (e) {
      console.error(e);
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    }
  };
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** The base path to serve an export under: the one it was built for, which `asked` (--base or BASE_PATH), if given, must name. */
export function baseToServe(root: string, asked: string | undefined): string {
  const built = exportBase(root);
  if (asked === undefined || normaliseBase(asked) === built) return built;
  const was = built ? `the base path ${built}` : "no base path";
  throw new Error(`The site in ${root} was built for ${was}, not "${asked}": build it again with BASE_PATH=${asked}, or start it with --base "${built}".`);
}

/**
 * Serves out/ (or --dir) on --port, PORT or 3000, under the base path the export was built for;
 * --base or BASE_PATH, if given, must name that one. `npm start` runs this from the bundle `npm run build` writes.
 */
export function main(): void {
  const root = path.resolve(option("dir") ?? path.join(import.meta.dirname, "..", "out"));
  if (!fs.existsSync(path.join(root, "index.html"))) {
    console.error(`No site in ${root}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  let base: string;
  try {
    base = baseToServe(root, option("base") ?? process.env.BASE_PATH);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
  const port = Number(option("port") ?? process.env.PORT ?? 3000);
  const host = option("host") ?? process.env.HOST;
  http.createServer(createSiteHandler({ root, base })).listen(port, host, () => {
    console.log(`Serving ${path.relative(process.cwd(), root) || "."} at http://${host ?? "localhost"}:${port}${addressIn(base, sitePath(HOME))}`);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) main();
