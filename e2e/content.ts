import path from "node:path";
import { loadContent } from "../lib/content/load";
import { formatErrors } from "../lib/content/errors";

/** The same model the site was built from, so tests check every role rather than a hand-picked few. */
export function model() {
  const r = loadContent(path.resolve(process.env.CONTENT_DIR ?? path.join(import.meta.dirname, "../content")));
  if (!r.ok) throw new Error(formatErrors(r.errors));
  return r.value;
}

/**
 * Whether the site is built from this project's own content. Specs that check our pages word for
 * word (the Product Manager profile, Product Manager vs Product Owner…) skip on a site with other
 * roles, which keeps every spec that holds for any site (crawl, accessibility, valid HTML, static
 * pages, and e2e/other-org.spec.ts).
 */
export const OUR_CONTENT = ["product-manager", "product-owner", "scrum-master", "sponsor"].every((slug) => model().roles.some((r) => r.slug === slug));
export const OUR_CONTENT_ONLY = "this spec checks this project's own roles, and this site has other content";
