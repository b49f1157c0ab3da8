import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { NO_PAGE } from "../lib/site/built-pages";
import { selectAll } from "hast-util-select";
import type { Nodes } from "hast";
import { CONTINUE, EXIT, visit } from "unist-util-visit";
import nextConfig from "../next.config";
import { ROLE_LINK_ATTRIBUTE } from "../components/islands/lib/role-links";
import { getModel } from "../lib/content/load";
import { redirectPage, siteRedirects } from "../lib/site/redirects";
import { URL_ROOT } from "../lib/site/metadata";
import { BASE_PATH, ISLANDS, NEXT_ASSETS, pageFile } from "../lib/site/routes";
import { type Element, type Root, homeStylesheet, parsePage, serializePage } from "./page-tree";
import { runThreads, share, takeEach, threadShare, threadsPay } from "./threads";

/*
 * The last step of `npm run build`, after `next build`: turns Next's static export into pages
 * that ship no framework. Removes Next's scripts (its chunks, the inline RSC payload and
 * Turbopack's chunk list), every script preload, React's hydration markers, the RSC .txt files
 * and Next's client JavaScript, and fails if a page is left with any script but our islands
 * (/islands/*.js) and JSON-LD. Without the runtime next/link would be a plain link, so the pages
 * use <a>. Puts the base path into the preview images' addresses where Next leaves it out. Then
 * writes the redirect pages (lib/site/redirects.ts) and _redirects.
 */

const isIslandSrc = (src: string) => src.startsWith(`${ISLANDS}/`) && /^[a-z0-9-]+\.js$/.test(src.slice(ISLANDS.length + 1));
// How each of Next's inline scripts begins: the RSC payload, and Turbopack's list of chunks to load.
const NEXT_INLINE_SCRIPTS = ["(self.__next_f=", "self.__next_f.push(", '(globalThis["TURBOPACK"]'];

const text = (el: Element) => el.children.map((c) => (c.type === "text" ? c.value : "")).join("");
const isIsland = (el: Element) => el.tagName === "script" && typeof el.properties.src === "string" && isIslandSrc(el.properties.src);
// Structured data for search engines: a script element, but data that no browser runs.
const isJsonLd = (el: Element) => el.tagName === "script" && el.properties.type === "application/ld+json";

function isNextScript(el: Element): boolean {
  if (el.tagName !== "script") return false;
  const src = el.properties.src;
  if (typeof src === "string") return src.startsWith(NEXT_ASSETS);
  const code = text(el).trimStart();
  return NEXT_INLINE_SCRIPTS.some((start) => code.startsWith(start));
}

function isScriptPreload(el: Element): boolean {
  if (el.tagName !== "link") return false;
  const rel = Array.isArray(el.properties.rel) ? el.properties.rel : [];
  return rel.includes("modulepreload") || (rel.includes("preload") && el.properties.as === "script");
}

/** The empty `<div hidden=""></div>` Next writes into every page's body for its router. */
const isNextPlaceholder = (el: Element) =>
  el.tagName === "div" && el.children.length === 0 && Object.keys(el.properties).join() === "hidden" && el.properties.hidden === true;

// The server's Content-Security-Policy has no 'unsafe-inline', so a browser would ignore these.
const isInlineStyle = (el: Element) => el.tagName === "style" || el.properties.style !== undefined;

/** What a page must not carry besides comments, in the order a leftover is reported: `strip` removes the framework's, any other fails the build. */
const NOT_IN_A_PAGE: { is: (el: Element) => boolean; framework: boolean; what: string }[] = [
  { is: isNextScript, framework: true, what: "one of Next's scripts" },
  { is: (el) => el.tagName === "script" && !isIsland(el) && !isJsonLd(el), framework: false, what: "a script that is neither an island nor JSON-LD" },
  { is: isScriptPreload, framework: true, what: "a script preload" },
  { is: isNextPlaceholder, framework: true, what: "Next's router placeholder" },
  { is: isInlineStyle, framework: false, what: "an inline style, which the Content-Security-Policy blocks" },
];

/*
 * Comments go too: React cannot render one from JSX and remark-html's sanitiser drops them from
 * the Markdown, so every comment in a page is one of React's markers (<!--$-->, <!--/$-->,
 * <!-- -->…), which only hydration reads.
 */
const unwanted = (node: Nodes) => node.type === "comment" || (node.type === "element" && NOT_IN_A_PAGE.some((rule) => rule.framework && rule.is(node)));

/** Removes the framework from a parsed page, in place. Children first: Next's placeholder is empty only without React's markers. */
function strip(parent: Root | Element): void {
  for (const child of parent.children) if (child.type === "element") strip(child);
  parent.children = parent.children.filter((node) => !unwanted(node));
}

function leftover(node: Nodes): string | undefined {
  if (node.type === "comment") return `a comment, such as React's hydration markers: <!--${node.value.slice(0, 60)}-->`;
  if (node.type !== "element") return undefined;
  const rule = NOT_IN_A_PAGE.find((r) => r.is(node));
  return rule && `${rule.what}: ${serializePage(node).slice(0, 120)}`;
}

/** Why a page still carries the framework or anything else it must not, naming the element; undefined when it is clean. Used by the build and the tests. */
export function frameworkLeft(page: string | Root): string | undefined {
  let why: string | undefined;
  visit(typeof page === "string" ? parsePage(page) : page, (node) => ((why = leftover(node as Nodes)) ? EXIT : CONTINUE));
  return why;
}

const PREVIEW_IMAGES = 'meta[property="og:image"], meta[name="twitter:image"]';

/**
 * Next with Turbopack leaves the base path out of the addresses of the preview images it makes
 * from opengraph-image files (vercel/next.js#87422), though it puts it everywhere else; an address
 * that has it already is left alone, so this holds when Next mends that.
 */
function previewsUnderBase(tree: Root): void {
  if (!BASE_PATH) return;
  for (const meta of selectAll(PREVIEW_IMAGES, tree)) {
    const url = meta.properties.content;
    const path = typeof url === "string" && url.startsWith(`${URL_ROOT}/`) ? url.slice(URL_ROOT.length) : undefined;
    if (path && !path.startsWith(`${BASE_PATH}/`)) meta.properties.content = `${URL_ROOT}${BASE_PATH}${path}`;
  }
}

/** One page of the export without the framework; throws, naming the page and the element, if anything unexpected is left. */
export function finishPage(html: string, name: string): string {
  const tree = parsePage(html);
  strip(tree);
  previewsUnderBase(tree);
  const left = frameworkLeft(tree);
  if (left) throw new Error(`finish-export: ${name} still has ${left}`);
  return serializePage(tree);
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

/** Every file and folder under dir, as paths relative to it. */
const tree = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: "utf8" });

const isPlaceholderName = (name: string) => name === NO_PAGE || name.startsWith(`${NO_PAGE}.`);
/** What a route with no content wrote for its placeholder (NO_PAGE in lib/site/built-pages.ts): a file, or a folder that goes whole. */
const isPlaceholder = (rel: string) => rel.split(path.sep).findIndex(isPlaceholderName) === rel.split(path.sep).length - 1;

/** An HTML file of the export, and its name in errors (its path in the export). */
type Page = { file: string; name: string };
const TASK = "finish pages";
const finishFile = ({ file, name }: Page) => fs.writeFileSync(file, finishPage(fs.readFileSync(file, "utf8"), name));

export async function finishExport(outDir: string) {
  const report = { pages: 0, removedFiles: 0, redirects: 0 };
  const remove = (file: string) => {
    fs.rmSync(file, { recursive: true, force: true });
    report.removedFiles++;
  };
  // Next's duplicate of 404.html, kept only for its own server.
  for (const f of ["_not-found", "_not-found.html", "_not-found.txt"]) if (fs.existsSync(path.join(outDir, f))) remove(path.join(outDir, f));
  for (const rel of tree(outDir)) if (isPlaceholder(rel)) remove(path.join(outDir, rel));
  const pages: Page[] = [];
  for (const rel of tree(outDir)) {
    const file = path.join(outDir, rel);
    if (!fs.statSync(file).isFile()) continue;
    if (rel.endsWith(".html")) {
      pages.push({ file, name: rel });
    } else if (rel.endsWith(".txt") && rel !== "robots.txt") {
      // RSC payloads, for client-side navigation; and below, the runtime that would read them.
      const leak = notFoundLeak(fs.readFileSync(file, "utf8"));
      if (leak) throw new Error(`finish-export: the RSC payload ${rel} ${leak}`);
      remove(file);
    } else if (rel.startsWith(`_next${path.sep}`) && rel.endsWith(".js")) {
      remove(file);
    }
  }
  // Most of the step's time, and each page is independent: a thread on each core takes some when bundled.
  const work = share(TASK, pages);
  if (threadsPay(import.meta.url, pages.length)) await runThreads(import.meta.url, work);
  else takeEach(work, finishFile);
  report.pages = pages.length;
  const redirects = siteRedirects(getModel());
  const stylesheet = homeStylesheet(outDir);
  for (const r of redirects) {
    const file = path.join(outDir, pageFile(r.from));
    if (fs.existsSync(file)) throw new Error(`finish-export: ${r.from} is a page and a redirect to ${r.to}; lib/site/redirects.ts and the routes disagree.`);
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

/** Where `next build` wrote the export: out/, or by Next's rule for a static export, a distDir other than .next (next.config.ts). */
export function exportDir(root: string): string {
  const distDir = nextConfig.distDir;
  return path.resolve(root, distDir && distDir !== ".next" ? distDir : "out");
}

const mine = threadShare<Page>(TASK);
// One of the threads that finishExport started.
if (mine) takeEach(mine, finishFile);
// `npm run build:finish`, the last step of `npm run build`, runs this file bundled, from the project's root (scripts/run-bundled.mjs).
else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void finishExport(exportDir(process.cwd()));
