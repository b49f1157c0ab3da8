import type { Metadata } from "next";
import { SITE_NAME } from "./config";

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
