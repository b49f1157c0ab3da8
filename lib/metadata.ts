import type { Metadata } from "next";
import { SITE_NAME } from "./site";

/** Title, description, canonical URL, Open Graph and Twitter card for one page, all from the same three facts. */
export function pageMetadata({
  title,
  description,
  path,
  type = "website",
}: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title: `${title} | ${SITE_NAME}`, description, url: path, type },
    // X/Twitter reads og:title, og:description and og:image when its own tags are absent, so only the card type is set.
    twitter: { card: "summary_large_image" },
  };
}
