import { aliasAddresses } from "../model/link";
import type { ContentModel } from "../model/types";
import { escapeHtml } from "./escape-html";
import { SITE_CSS, roleUrl } from "./routes";
import { SITE_NAME } from "./config";
import { absoluteUrl } from "./metadata";

/*
 * Addresses the site answers with a redirect: each role's aliases and titles (/roles/po). The build writes each as a small page
 * that refreshes to its target (a static host cannot send a redirect) and lists all of them in
 * _redirects, which scripts/serve.ts and hosts such as Netlify answer with a 308. The pages are
 * plain HTML written after `next build`: rendering a thousand one-line pages through Next would
 * cost most of a large build.
 */

export interface Redirect {
  from: string;
  to: string;
  /** The title of the page it leads to. */
  title: string;
  /** The sentence the page shows for the moment before the browser follows the refresh. */
  why: string;
}

export function siteRedirects(model: ContentModel): Redirect[] {
  const title = new Map(model.roles.map((r) => [r.slug, r.title]));
  return [...aliasAddresses(model)].map(([alias, slug]): Redirect => {
    const name = title.get(slug) ?? slug;
    return { from: roleUrl(alias), to: roleUrl(slug), title: name, why: `This address is another name for the ${name}.` };
  });
}

/**
 * The page a static host serves at a redirected address; `stylesheet` is the site's CSS, so the
 * moment it shows looks like the site (with the brand colours of /site.css).
 */
export function redirectPage(r: Redirect, stylesheet?: string): string {
  const to = escapeHtml(r.to);
  const sheets = [...new Set([stylesheet, SITE_CSS])].filter((s) => s !== undefined);
  return [
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(r.title)} | ${escapeHtml(SITE_NAME)}</title>`,
    `<meta name="robots" content="noindex">`,
    `<link rel="canonical" href="${escapeHtml(absoluteUrl(r.to))}">`,
    `<meta http-equiv="refresh" content="0; url=${to}">`,
    ...sheets.map((s) => `<link rel="stylesheet" href="${escapeHtml(s)}">`),
    `</head><body class="font-sans"><main id="main" class="mx-auto w-full max-w-5xl px-4 py-8">`,
    `<h1 class="text-3xl font-bold tracking-tight">${escapeHtml(r.title)}</h1>`,
    `<p class="mt-4">${escapeHtml(r.why)} <a href="${to}">Go to ${escapeHtml(r.title)}</a>.</p>`,
    `</main></body></html>\n`,
  ].join("");
}
