import type { MetadataRoute } from "next";
import { SITE_URL } from "@/lib/site/config";
import { COMPARE_GO, SEARCH } from "@/lib/site/routes";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: [SEARCH, COMPARE_GO] }], sitemap: `${SITE_URL}/sitemap.xml` };
}
