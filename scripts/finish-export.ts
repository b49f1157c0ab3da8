import fs from "node:fs";
import path from "node:path";
import { ROLE_LINK_ATTRIBUTE } from "../components/islands/lib/role-links";
import { getModel } from "../lib/content";
import { redirectPage, siteRedirects } from "../lib/redirects";

/*
 * Turns Next's static export into pages that ship no framework: removes every <script> but
 * our islands (/islands/*.js), every script preload, the inline RSC payload (self.__next_f)
 * and the RSC .txt files, and Next's client JavaScript. Without them next/link is a plain
 * link, which is all a reference site needs. Then writes the redirect pages (lib/redirects.ts)
 * and _redirects.
 * Run by scripts/static-adapter.mjs at the end of `next build`.
 */

const ISLAND_SRC = /\ssrc="\/islands\/[a-z0-9-]+\.js"/;
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*(?:\bas="script"|\brel="modulepreload"))[^>]*>/g;
// React's markers for Suspense boundaries and between adjacent text nodes; a page that is never hydrated does not need them.
const REACT_MARKERS = /<!--(?:\$\??|\/\$| )-->/g;

/** The HTML of one page with the framework's scripts, preloads and hydration markers removed. */
export function stripPage(html: string): string {
  return html
    .replace(SCRIPT, (tag) => (ISLAND_SRC.test(tag.slice(0, tag.indexOf(">") + 1)) ? tag : ""))
    .replace(SCRIPT_PRELOAD, "")
    .replace(REACT_MARKERS, "")
    .replace(/<div hidden=""><\/div>/g, "");
}

/** Why a page still carries the framework, or undefined when it is clean. Used by the build and the tests. */
export function frameworkLeft(html: string): string | undefined {
  if (html.includes("self.__next_f")) return "inline RSC payload (self.__next_f)";
  if (/<script\b[^>]*\ssrc="\/_next\//.test(html)) return "a /_next/ script";
  const preload = html.match(SCRIPT_PRELOAD);
  if (preload) return `a script preload: ${preload[0]}`;
  const inline = [...html.matchAll(SCRIPT)].find((m) => !ISLAND_SRC.test(m[0]) && !/type="application\/(?:ld\+)?json"/.test(m[0]));
  if (inline) return `a script that is not an island: ${inline[0].slice(0, 120)}`;
  // The server's Content-Security-Policy has no 'unsafe-inline', so a browser would ignore these.
  const style = /<[a-z][^>]*\sstyle="[^"]*"/.exec(html) ?? /<style\b/.exec(html);
  if (style) return `an inline style, which the Content-Security-Policy blocks: ${style[0].slice(0, 120)}`;
  return undefined;
}

/**
 * Why a page's RSC payload would make the build grow faster than the roles, or undefined. Next
 * puts a not-found boundary's content into every page's payload; the 404 page lists every role
 * (its links carry ROLE_LINK_ATTRIBUTE, which the 404 island reads), so
 * as app/not-found.tsx it made each page's payload, and the time to render it, grow with the
 * roles. app/global-not-found.tsx is rendered on its own.
 */
export function notFoundLeak(payload: string): string | undefined {
  return payload.includes(`"${ROLE_LINK_ATTRIBUTE}"`)
    ? "carries the 404 page's list of every role; the 404 page must be app/global-not-found.tsx, not a not-found.tsx."
    : undefined;
}

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

export interface FinishReport {
  pages: number;
  removedFiles: number;
  redirects: number;
}

export function finishExport(outDir: string): FinishReport {
  const report: FinishReport = { pages: 0, removedFiles: 0, redirects: 0 };
  const remove = (file: string) => {
    fs.rmSync(file, { recursive: true, force: true });
    report.removedFiles++;
  };
  // Next's duplicate of 404.html, kept only for its own server.
  for (const f of ["_not-found", "_not-found.html", "_not-found.txt"]) if (fs.existsSync(path.join(outDir, f))) remove(path.join(outDir, f));
  for (const file of walk(outDir)) {
    const rel = path.relative(outDir, file);
    if (rel.endsWith(".html")) {
      const html = stripPage(fs.readFileSync(file, "utf8"));
      const left = frameworkLeft(html);
      if (left) throw new Error(`finish-export: ${rel} still has ${left}`);
      fs.writeFileSync(file, html);
      report.pages++;
    } else if (rel.endsWith(".txt") && rel !== "robots.txt") {
      // RSC payloads, for client-side navigation; and below, the runtime that would read them.
      const leak = notFoundLeak(fs.readFileSync(file, "utf8"));
      if (leak) throw new Error(`finish-export: the RSC payload ${rel} ${leak}`);
      remove(file);
    } else if (rel.startsWith(`_next${path.sep}`) && rel.endsWith(".js")) {
      remove(file);
    }
  }
  const redirects = siteRedirects(getModel());
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(fs.readFileSync(path.join(outDir, "index.html"), "utf8"))?.[1];
  for (const r of redirects) {
    const file = path.join(outDir, `${r.from.slice(1)}.html`);
    if (fs.existsSync(file)) throw new Error(`finish-export: ${r.from} is a page and a redirect to ${r.to}; lib/redirects.ts and the routes disagree.`);
    fs.writeFileSync(file, redirectPage(r, stylesheet));
  }
  // Netlify's and Cloudflare Pages' format; scripts/serve.ts reads it too. The pages stay, for hosts that read neither.
  fs.writeFileSync(
    path.join(outDir, "_redirects"),
    redirects
      .map((r) => `${r.from} ${r.to} 308\n`)
      .sort()
      .join(""),
  );
  report.redirects = redirects.length;
  console.log(
    `Static pages: ${report.pages} HTML files without framework JavaScript; removed ${report.removedFiles} runtime files; ${report.redirects} redirects.`,
  );
  return report;
}
