import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/metadata";
import { COMPARE_GO, HOME, SEARCH, SITEMAP } from "@/lib/site/routes";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: HOME, disallow: [SEARCH, COMPARE_GO] }], sitemap: absoluteUrl(SITEMAP) };
}
