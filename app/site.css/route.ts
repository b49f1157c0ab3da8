import { brandCss } from "@/lib/content/accent";
import { SITE } from "@/lib/site/config";

// Written once at build time: the brand colours, from the site file's accent colour.
export const dynamic = "force-static";

export function GET() {
  return new Response(brandCss(SITE.accent), { headers: { "Content-Type": "text/css; charset=utf-8" } });
}
