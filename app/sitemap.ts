import type { MetadataRoute } from "next";
import { builtPages } from "@/lib/site/built-pages";
import { getModel } from "@/lib/model/queries";
import { absoluteUrl } from "@/lib/site/metadata";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return builtPages(getModel())
    .filter((p) => p.inSitemap)
    .map((p) => ({ url: absoluteUrl(p.path), ...(p.updated ? { lastModified: p.updated } : {}) }));
}
