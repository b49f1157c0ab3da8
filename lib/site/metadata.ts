import type { Metadata } from "next";
import { SITE_NAME, SITE_URL } from "./config";
import { BASE_PATH } from "./routes";

/**
 * What addresses are resolved against to make absolute URLs (the layout's metadataBase, so canonical and Open
 * Graph addresses; the sitemap; redirect pages): SITE_URL without the base path. Every address carries the
 * base path already, while SITE_URL may or may not end with it (GitHub Pages' own base_url does), so it is
 * taken off rather than written twice.
 */
export const URL_ROOT = BASE_PATH && SITE_URL.endsWith(BASE_PATH) ? SITE_URL.slice(0, -BASE_PATH.length) : SITE_URL;

/** The absolute URL of one of lib/site/routes.ts's addresses. */
export const absoluteUrl = (address: string) => `${URL_ROOT}${address}`;

/** Title, description, canonical URL, Open Graph and Twitter card for one page, all from the same three facts. */
export function pageMetadata({
  title,
  description,
  path,
  type = "website",
  image,
}: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
  /** A preview image of the page's own; without one, the nearest opengraph-image file's applies. */
  image?: { url: string; alt: string; width: number; height: number; type: string };
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title: `${title} | ${SITE_NAME}`, description, url: path, type, ...(image ? { images: [image] } : {}) },
    // X/Twitter reads og:title and og:description when its own tags are absent, so only the card type (and image) is set.
    twitter: { card: "summary_large_image", ...(image ? { images: [image] } : {}) },
  };
}

/** A dynamic page's generateMetadata, for the document its parameter names; none for a name the build did not make a page for. */
export const documentMetadata =
  <K extends string, D>(param: K, find: (slug: string) => D | undefined, meta: (doc: D) => { title: string; description: string; path: string }) =>
  async ({ params }: { params: Promise<Record<K, string>> }): Promise<Metadata> => {
    const doc = find((await params)[param]);
    return doc ? pageMetadata({ ...meta(doc), type: "article" }) : {};
  };
