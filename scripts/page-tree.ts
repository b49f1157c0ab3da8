import fs from "node:fs";
import path from "node:path";
import type { Element, ElementContent, Root } from "hast";
import { select } from "hast-util-select";
import { fromParse5 } from "hast-util-from-parse5";
import { toHtml } from "hast-util-to-html";
import { parse, parseFragment as parse5Fragment } from "parse5";

/*
 * Built pages as syntax trees (hast, rehype's), for the two programs that change them: the
 * post-build step (scripts/finish-export.ts) and the server (scripts/serve.ts). A parser sees
 * what a browser sees, so neither depends on how React happens to write the markup.
 * parse5 and hast-util-from-parse5 are what rehype-parse runs; called without source positions,
 * which nothing here reads, they parse a page in half the time.
 */

export type { Element, Root };

export const parsePage = (html: string): Root => fromParse5(parse(html)) as Root;

/** Markup that goes inside an element, such as search results written into the search page. */
export const parseFragment = (html: string): ElementContent[] =>
  (fromParse5(parse5Fragment(html)) as Root).children.filter((node): node is ElementContent => node.type !== "doctype");

/** The address of the stylesheet the home page of the export in `root` links to (Next writes the base path into it). */
export function homeStylesheet(root: string): string | undefined {
  const href = select('link[rel~="stylesheet"]', parsePage(fs.readFileSync(path.join(root, "index.html"), "utf8")))?.properties.href;
  return typeof href === "string" ? href : undefined;
}

// `&#38;` is no longer than React's `&amp;`; the default hexadecimal `&#x26;` would add a byte each time.
export const serializePage = (tree: Root | Element): string => toHtml(tree, { characterReferences: { useShortestReferences: true } });
