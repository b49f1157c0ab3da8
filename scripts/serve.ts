import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { searchResultsHtml } from "../components/islands/lib/search-results-html";
import { loadIndex, runSearch } from "../lib/search";
import { findRole } from "../lib/suggest";
import { YOUR_TEAM, YOUR_TEAM_PARAM, compareUrl, roleUrl } from "../lib/routes";

/*
 * `npm start`: serves the static export in out/ with Node alone. What a plain file host cannot
 * do, it adds: security headers, a real 404 status, 308s for alias addresses (from the build's
 * _redirects), the no-JavaScript picker (/compare/go) and search results for /search?q=.
 * It never writes to disk: an address that was not built is a 404, whatever is asked for.
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
  ".woff2": "font/woff2",
};
// Next writes opengraph-image files without an extension (/opengraph-image, /ladders/x/opengraph-image).
const typeOf = (file: string) => TYPES[path.extname(file)] ?? (path.basename(file).startsWith("opengraph-image") ? "image/png" : "application/octet-stream");
const compressible = (type: string) => /^(text\/|application\/(json|xml)|image\/svg)/.test(type);

/** A role as the open data file lists it: enough to find one by slug, title or alias. */
interface RoleName {
  slug: string;
  title: string;
  aliases: string[];
}

function readRedirects(root: string): Map<string, { to: string; status: number }> {
  const file = path.join(root, "_redirects");
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
}

export function createSiteHandler({ root }: SiteOptions): http.RequestListener {
  const base = path.resolve(root);
  const redirects = readRedirects(base);
  const read = (rel: string) => fs.readFileSync(path.join(base, rel));
  let roles: RoleName[] | undefined;
  let index: ReturnType<typeof loadIndex> | undefined;
  // Compressed bodies by file and modification time. Bounded, and in memory only.
  const gzipped = new Map<string, Buffer>();

  /** cacheKey names a file's version, so its compressed body can be reused. */
  function send(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    status: number,
    type: string,
    body: Buffer,
    extra: Record<string, string> = {},
    cacheKey?: string,
  ) {
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

  const redirect = (res: http.ServerResponse, status: number, location: string) => {
    res.writeHead(status, { ...SECURITY_HEADERS, Location: location, "Content-Length": "0" });
    res.end();
  };

  const notFound = (req: http.IncomingMessage, res: http.ServerResponse, status = 404) =>
    send(req, res, status, TYPES[".html"]!, read("404.html"), { "Cache-Control": "no-cache" });

  /** The file that answers an address, if the export has one. */
  function resolve(pathname: string): string | undefined {
    const rel = path.normalize(pathname).replace(/^[/\\]+/, "");
    const candidates = rel === "" ? ["index.html"] : [rel, `${rel}.html`, path.join(rel, "index.html")];
    for (const c of candidates) {
      const full = path.join(base, c);
      if (!full.startsWith(base + path.sep)) return undefined;
      if (fs.statSync(full, { throwIfNoEntry: false })?.isFile()) return full;
    }
    return undefined;
  }

  function lookupRole(name: string): RoleName | undefined {
    roles ??= (JSON.parse(read("data/roles.json").toString("utf8")) as { roles: RoleName[] }).roles;
    return findRole(roles, name);
  }

  /** "Your team" with the boxes ticked for the roles in the address, so a shared link works without JavaScript. */
  function yourTeamPage(wanted: readonly string[]): Buffer {
    const known = new Set(wanted.map((w) => lookupRole(w)?.slug).filter((s): s is string => Boolean(s)));
    const html = read(`${YOUR_TEAM.slice(1)}.html`)
      .toString("utf8")
      .replace(/<input type="checkbox" id="yt-([a-z0-9-]+)"/g, (tag, slug: string) => (known.has(slug) ? `${tag} checked=""` : tag));
    return Buffer.from(html);
  }

  function searchPage(query: string): Buffer {
    index ??= loadIndex(read("search-index.json").toString("utf8"));
    const hits = runSearch(index, query, 30);
    const html = read("search.html")
      .toString("utf8")
      .replace(
        /<div id="search-results">[\s\S]*?<\/div>/,
        () => `<div id="search-results" data-query="${escapeAttr(query)}">${searchResultsHtml(query, hits)}</div>`,
      )
      .replace('id="search-page-q"', () => `id="search-page-q" value="${escapeAttr(query)}"`);
    return Buffer.from(html);
  }

  return (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { ...SECURITY_HEADERS, Allow: "GET, HEAD", "Content-Length": "0" });
        res.end();
        return;
      }
      let url: URL;
      let pathname: string;
      try {
        // Concatenated, not resolved: new URL("//host/", base) would read a path of "//host/" as another host.
        url = new URL(`http://site${req.url ?? "/"}`);
        pathname = decodeURIComponent(url.pathname);
      } catch {
        // A stray % escape (/roles/%E0%A4%A) is the client's mistake, not the server's.
        return notFound(req, res, 400);
      }
      if (pathname.includes("\0") || pathname.split("/").includes("..")) return notFound(req, res, 400);
      // One address per page. Leading slashes collapse too, or //evil.example/ would leave the site.
      if (pathname.length > 1 && pathname.endsWith("/")) return redirect(res, 308, `/${url.pathname.replace(/^\/+|\/+$/g, "")}${url.search}`);

      const moved = redirects.get(pathname);
      if (moved) return redirect(res, moved.status, moved.to);

      if (pathname === "/compare/go") {
        const a = lookupRole(url.searchParams.get("a") ?? "");
        const b = lookupRole(url.searchParams.get("b") ?? "");
        // Relative, so a proxy in front keeps the origin the browser asked for (CSP form-action 'self').
        if (!a || !b) return redirect(res, 303, "/compare#pick");
        if (a.slug === b.slug) return redirect(res, 303, roleUrl(a.slug));
        return redirect(res, 303, compareUrl(a.slug, b.slug));
      }
      if (pathname === YOUR_TEAM && url.searchParams.has(YOUR_TEAM_PARAM)) {
        return send(req, res, 200, TYPES[".html"]!, yourTeamPage(url.searchParams.getAll(YOUR_TEAM_PARAM)), { "Cache-Control": "no-cache" });
      }
      if (pathname === "/search" && url.searchParams.get("q")) {
        return send(req, res, 200, TYPES[".html"]!, searchPage(url.searchParams.get("q")!.slice(0, 200)), { "Cache-Control": "no-cache" });
      }

      const file = pathname === "/_redirects" ? undefined : resolve(pathname);
      if (!file) return notFound(req, res);
      const stat = fs.statSync(file);
      const etag = `W/"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}"`;
      // Hashed names never change content; everything else is checked each time, cheaply, with the ETag.
      const immutable = pathname.startsWith("/_next/static/") || pathname.startsWith("/islands/chunks/");
      const caching = { ETag: etag, "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache" };
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { ...SECURITY_HEADERS, ...caching });
        res.end();
        return;
      }
      send(req, res, 200, typeOf(file), fs.readFileSync(file), caching, `${file}:${etag}`);
    } catch (e) {
      console.error(e);
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    }
  };
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Serves out/ (or --dir) on --port, PORT or 3000. `npm start` runs this from the bundle `npm run build` writes. */
export function main(): void {
  const root = path.resolve(option("dir") ?? path.join(import.meta.dirname, "..", "out"));
  if (!fs.existsSync(path.join(root, "index.html"))) {
    console.error(`No site in ${root}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const port = Number(option("port") ?? process.env.PORT ?? 3000);
  const host = option("host") ?? process.env.HOST;
  http.createServer(createSiteHandler({ root })).listen(port, host, () => {
    console.log(`Serving ${path.relative(process.cwd(), root) || "."} at http://${host ?? "localhost"}:${port}`);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) main();
