import type { MetadataRoute } from "next";
import { builtPages } from "@/lib/built-pages";
import { getModel } from "@/lib/queries";
import { SITE_URL } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return builtPages(getModel())
    .filter((p) => p.inSitemap)
    .map((p) => ({ url: `${SITE_URL}${p.path}`, ...(p.updated ? { lastModified: p.updated } : {}) }));
}
