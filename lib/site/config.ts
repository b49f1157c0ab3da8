import { getSite } from "../content/load";
import type { Site } from "../content/schema";
import { BASE_PATH } from "./routes";

/*
 * The site's settings, from the site file (content/site.yml), read once when a build process first
 * imports this. Build and server code only: an island must never import it, as it would carry the
 * file's reader and has no file to read.
 */

export const SITE: Site = getSite();

export const SITE_NAME = SITE.name;
export const SITE_DESCRIPTION = SITE.description;

/** One configurable site address: canonical URLs, link previews and the sitemap all use it. The environment overrides the site file. */
export const SITE_URL = (process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL ?? SITE.url ?? "http://localhost:3000").replace(/\/+$/, "");

/** The logo's address: a file in public/ is served under the base path, a web address as it is. */
export const SITE_LOGO = SITE.logo && (SITE.logo.startsWith("/") ? `${BASE_PATH}${SITE.logo}` : SITE.logo);

/** Where "Suggest an edit" points: the content file in the repository, appended to this base. Without a repository, nowhere. */
export const EDIT_BASE_URL: string | undefined =
  process.env.EDIT_BASE_URL?.replace(/\/?$/, "/") ?? (SITE.repository && `${SITE.repository}/edit/${SITE.branch}/`);

/** "Suggest an edit" for a content file, if the site names its repository. */
export const editUrl = (file: string): string | undefined => EDIT_BASE_URL && `${EDIT_BASE_URL}${file}`;
