import { allPairs } from "./compare";
import type { ContentModel } from "./model";
import { compareUrl, pairSlug, roleUrl } from "./routes";

/*
 * Which comparison pages and preview images the build writes: the one place that decides, used
 * by the pages, the preview image routes and the export check. Each page Next renders costs about
 * 45 ms of CPU on two cores, whatever its size, and each preview image about 30 ms, so what a
 * large site builds is what keeps the build linear in the number of roles.
 */

/** Up to this many roles the build writes every ordered pair (40 roles make 1,560 pages) and every preview image. */
export const SMALL_SITE_ROLES = 40;
const isSmall = (model: ContentModel) => model.roles.length <= SMALL_SITE_ROLES;

/**
 * Every ordered pair while the site is small, so either order reads with its own columns. Above
 * that the pairs grow with the square of the roles, so only curated comparisons are built (in
 * both orders); the 404 page draws any other pair from the two roles' data files (components/islands).
 */
export function builtPairs(model: ContentModel): [string, string][] {
  return isSmall(model) ? allPairs(model) : model.comparisons.flatMap((c): [string, string][] => [c.roles, [c.roles[1], c.roles[0]]]);
}

/**
 * Roles with a preview image of their own: every role on a small site; on a large one the roles
 * that curated comparisons and ladders feature, and the others' link previews use the site's
 * image with the role's own title and summary.
 */
export function previewRoles(model: ContentModel): string[] {
  if (isSmall(model)) return model.roles.map((r) => r.slug);
  const featured = new Set([...model.comparisons.flatMap((c) => c.roles), ...model.ladders.flatMap((l) => l.rungs)]);
  // A static export needs at least one page per route.
  return featured.size ? [...featured] : model.roles.slice(0, 1).map((r) => r.slug);
}
const previewRoleSets = new WeakMap<ContentModel, Set<string>>();

export const PREVIEW = { width: 1200, height: 630, type: "image/png" } as const;
const SITE_PREVIEW = { url: "/opengraph-image", alt: "Team Roles: who does what in a product team", ...PREVIEW };
export const pairPreviewUrl = (a: string, b: string) => `${compareUrl(a, b)}/preview.png`;
export const rolePreviewUrl = (slug: string) => `${roleUrl(slug)}/preview.png`;

export type PreviewImage = typeof SITE_PREVIEW;

/** The preview image for a comparison page's metadata: every built pair has its own. */
export const pairPreviewImage = (a: string, b: string): PreviewImage => ({ url: pairPreviewUrl(a, b), alt: "Team Roles: two roles compared", ...PREVIEW });

/** The preview image for a role page's metadata. */
export function rolePreviewImage(model: ContentModel, slug: string): PreviewImage {
  let own = previewRoleSets.get(model);
  if (!own) previewRoleSets.set(model, (own = new Set(previewRoles(model))));
  return own.has(slug) ? { url: rolePreviewUrl(slug), alt: "Team Roles: a role's title and summary", ...PREVIEW } : SITE_PREVIEW;
}

export const asPairParams = (pairs: readonly [string, string][]) => pairs.map(([a, b]) => ({ pair: pairSlug(a, b) }));
