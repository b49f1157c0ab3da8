import path from "node:path";

/*
 * The site built with a base path, as GitHub Pages serves a project at /<repo>: built once by
 * base-path.setup.ts into a copy of the project (so the team's out/, .next/ and public/islands
 * stay as they are), then served and checked by base-path.spec.ts (playwright.config.ts runs
 * them after the other end-to-end tests).
 */

export const ROOT = path.resolve(import.meta.dirname, "..");
export const BASE = "/handbook";
/** The public address the copy is built for; pages are served from a local port, so only its path is fetched. */
export const PUBLIC_URL = `https://roles.example${BASE}`;
export const SITE = path.join(ROOT, "bench-tmp/base-path");
export const OUT = path.join(SITE, "out");
