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
import type { WhatIfInput } from "../lib/responsibilities/what-if";
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
import { homeStylesheet, parseFragment, parsePage, serializePage } from "./page-tree";

/*
 * `npm start`: serves the static export in out/ with Node alone. What a plain file host cannot
 * do, it adds: security headers, a real 404 status, 308s for alias addresses (from the build's
 * _redirects), the no-JavaScript picker (/compare/go) and search results for /search?q=.
 * It never writes to disk: an address that was not built is a 404, whatever is asked for.
 * A site built under a base path is answered under it: / redirects there, and any other address
 * outside it is a 404.
 */

const SECURITY_HEADERS: Record<string, string> = {
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

/**
 * The base path an export was built for: what comes before Next's own files in the address of its
 * home page's stylesheet, since Next writes the base path in front of them (next.config.ts).
 */
export function exportBase(root: string): string {
  const href = homeStylesheet(root);
  const at = href?.indexOf(sitePath(NEXT_ASSETS)) ?? -1;
  return at > 0 ? normaliseBase(href!.slice(0, at)) : "";
}

const HTML = TYPES[".html"]!;
/** What the server makes up rather than reads from a file: no-cache, since it changes with the address. */
const page = (body: Buffer, status = 200): Answer => ({ status, headers: { "Content-Type": HTML, "Cache-Control": "no-cache" }, body });
const redirect = (Location: string, status: number): Answer => ({ status, headers: { Location } });

/** A response: its status, headers and body, and for a file, the name of its version under which its compressed body is kept. */
interface Answer {
  status: number;
  headers: Record<string, string>;
  body?: Buffer;
  cacheKey?: string;
}

type TeamData = Pick<ContentModel, "roles" | "areas">;

/** The team an address names (its roles by slug, title or alias, as `slugOf` reads them), with the what-if's choices. */
function teamIn(params: URLSearchParams, slugOf: (name: string) => string | undefined): WhatIfInput {
  const choices = Object.values(WHAT_IF_PARAMS).map((param) => [param, slugOf(params.get(param) ?? "")]);
  return { ticked: [...new Set(params.getAll(YOUR_TEAM_PARAM).flatMap((name) => slugOf(name) ?? []))], ...Object.fromEntries(choices) };
}

/**
 * "Your team" as a spreadsheet, for the roles the address names (the page's "Download as CSV" sends them without JavaScript),
 * with the what-if when the address has one (the what-if page's form sends its choices too).
 */
function yourTeamCsv(data: TeamData, team: WhatIfInput, whatIf: boolean): Answer {
  const headers = { "Content-Type": CSV_TYPE, "Cache-Control": "no-cache", "Content-Disposition": `attachment; filename="${YOUR_TEAM_CSV_NAME}"` };
  return { status: 200, headers, body: Buffer.from(whatIf ? whatIfCsv(data, team) : teamCsv(data, team.ticked)) };
}

/**
 * A page whose form holds checkboxes, with the boxes the address names ticked, and in each select
 * named in `chosen` the option it names, so a shared link works without JavaScript.
 */
function tickBoxes(html: Buffer, param: string, values: ReadonlySet<string>, chosen: ReadonlyMap<string, string | undefined> = new Map()): Answer {
  const tree = parsePage(html.toString("utf8"));
  for (const box of selectAll(`input[type="checkbox"][name="${param}"]`, tree)) {
    if (values.has(String(box.properties.value))) box.properties.checked = true;
  }
  for (const [name, value] of chosen) {
    for (const option of selectAll(`select[name="${name}"] option`, tree))
      option.properties.selected = value !== undefined && option.properties.value === value;
  }
  return page(Buffer.from(serializePage(tree)));
}

/** "Your team" or "what if", with the team's roles ticked and the what-if's choices chosen. */
const teamFormPage = (html: Buffer, team: WhatIfInput) =>
  tickBoxes(html, YOUR_TEAM_PARAM, new Set(team.ticked), new Map(Object.values(WHAT_IF_PARAMS).map((param) => [param, team[param]])));

/** A rung's self-check page, as a path inside the site. */
const RUNG = new RegExp(`^${sitePath(LADDERS)}/[a-z0-9-]+/[a-z0-9-]+$`);

/** The export on disk, served under `prefix`, and the pages the server writes from it for what a static host cannot answer. */
function openSite(root: string, prefix: string) {
  const base = path.resolve(root);
  const read = (rel: string) => fs.readFileSync(path.join(base, rel));
  // An address as this server answers it: the routes' own base path (from the environment) swapped for the export's.
  const here = (address: string) => addressIn(prefix, sitePath(address));
  let data: TeamData | undefined;
  let index: ReturnType<typeof loadIndex> | undefined;
  const openData = () => (data ??= JSON.parse(read(exportFile(OPEN_DATA)).toString("utf8")) as TeamData);
  const findIn = (name: string) => findRole(openData().roles, name);
  const slugOf = (name: string) => findIn(name)?.slug;

  /** The search page with the results for the query, and the query in its box. */
  function searchPage(query: string): Answer {
    index ??= loadIndex(read(exportFile(SEARCH_INDEX)).toString("utf8"));
    const tree = parsePage(read(pageFile(SEARCH)).toString("utf8"));
    const results = select("#search-results", tree);
    const box = select("#search-page-q", tree);
    if (!results || !box) throw new Error(`${pageFile(SEARCH)} has no #search-results or no #search-page-q to write the results into.`);
    results.properties.dataQuery = query;
    results.children = parseFragment(searchResultsHtml(query, runSearch(index, query, 30)));
    box.properties.value = query;
    return page(Buffer.from(serializePage(tree)));
  }

  /** What the server answers itself at this address (`inner` is its path inside the site), if anything: redirects, the picker, "your team" and search. */
  function answer(pathname: string, inner: string, params: URLSearchParams): Answer | undefined {
    const moved = redirects.get(pathname);
    if (moved) return redirect(moved.to, moved.status);
    if (inner === sitePath(COMPARE_GO)) {
      const a = findIn(params.get("a") ?? "");
      const b = findIn(params.get("b") ?? "");
      // Relative, so a proxy in front keeps the origin the browser asked for (CSP form-action 'self').
      if (!a || !b) return redirect(here(COMPARE_PICK), 303);
      return redirect(here(a.slug === b.slug ? roleUrl(a.slug) : compareUrl(a.slug, b.slug)), 303);
    }
    if (inner === sitePath(YOUR_TEAM) && params.has(YOUR_TEAM_PARAM)) return teamFormPage(read(pageFile(YOUR_TEAM)), teamIn(params, slugOf));
    if (inner === sitePath(WHAT_IF) && [...params.keys()].length) return teamFormPage(read(pageFile(WHAT_IF)), teamIn(params, slugOf));
    const selfCheck = params.has(SELF_CHECK_PARAM) && RUNG.test(inner) ? resolve(`${inner}.html`) : undefined;
    if (selfCheck) return tickBoxes(fs.readFileSync(selfCheck), SELF_CHECK_PARAM, new Set(params.getAll(SELF_CHECK_PARAM)));
    if (inner === sitePath(SEARCH) && params.get("q")) return searchPage(params.get("q")!.slice(0, 200));
    if (inner === sitePath(YOUR_TEAM_CSV)) {
      const whatIf = Object.values(WHAT_IF_PARAMS).some((param) => params.get(param));
      return yourTeamCsv(openData(), teamIn(params, slugOf), whatIf);
    }
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
  return { notFound: (status = 404) => page(read(pageFile(NOT_FOUND)), status), answer, inside, resolve };
}

/** A file of the export, or 304 when the browser has this version of it already. */
function exportedFile(req: http.IncomingMessage, inner: string, full: string): Answer {
  const stat = fs.statSync(full);
  const etag = `W/"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}"`;
  // Hashed names never change content; everything else is checked each time, cheaply, with the ETag.
  const immutable = inner.startsWith(`${sitePath(NEXT_ASSETS)}static/`) || inner.startsWith(sitePath(ISLAND_CHUNKS));
  const headers = { ETag: etag, "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache" };
  if (req.headers["if-none-match"] === etag) return { status: 304, headers };
  const type = inner === sitePath(CHANGES_FEED) ? ATOM : typeOf(full);
  return { status: 200, headers: { ...headers, "Content-Type": type }, body: fs.readFileSync(full), cacheKey: `${full}:${etag}` };
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

/** What to answer a request with: a made-up answer, a file, or the 404 page. */
function answerTo(req: http.IncomingMessage, site: ReturnType<typeof openSite>, prefix: string): Answer {
  if (req.method !== "GET" && req.method !== "HEAD") return { status: 405, headers: { Allow: "GET, HEAD" } };
  const asked = requestedPath(req);
  if (!asked) return site.notFound(400);
  const { url, pathname } = asked;
  // One address per page. Leading slashes collapse too, or //evil.example/ would leave the site.
  if (pathname.length > 1 && pathname.endsWith("/")) return redirect(`/${url.pathname.replace(/^\/+|\/+$/g, "")}${url.search}`, 308);
  const inner = site.inside(pathname);
  // Someone who asks for the host itself is looking for the site.
  if (inner === undefined) return pathname === "/" ? redirect(`${prefix}${url.search}`, 302) : site.notFound();
  const made = site.answer(pathname, inner, url.searchParams);
  if (made) return made;
  const full = site.resolve(inner);
  return full ? exportedFile(req, inner, full) : site.notFound();
}

/** Serves the static export in `root`, built for the base path `base` (BASE_PATH); by default, the one read from the export (exportBase). */
export function createSiteHandler({ root, base = exportBase(root) }: { root: string; base?: string }): http.RequestListener {
  const prefix = normaliseBase(base);
  const site = openSite(root, prefix);
  // Compressed bodies by file and modification time. Bounded, and in memory only.
  const gzipped = new Map<string, Buffer>();

  return (req, res) => {
    try {
      const { status, headers, body = Buffer.alloc(0), cacheKey } = answerTo(req, site, prefix);
      const all: Record<string, string> = { ...SECURITY_HEADERS, ...headers };
      let payload = body;
      if (compressible(headers["Content-Type"] ?? "") && body.length > 512 && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
        payload = (cacheKey && gzipped.get(cacheKey)) || gzipSync(body);
        if (cacheKey) {
          if (gzipped.size > 1000) gzipped.clear();
          gzipped.set(cacheKey, payload);
        }
        all["Content-Encoding"] = "gzip";
      }
      if (headers["Content-Type"]) all.Vary = "Accept-Encoding";
      res.writeHead(status, { ...all, "Content-Length": String(payload.length) });
      res.end(req.method === "HEAD" ? undefined : payload);
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
  let base: string;
  try {
    if (!fs.existsSync(path.join(root, "index.html"))) throw new Error(`No site in ${root}. Run \`npm run build\` first.`);
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
