import { brandCss } from "@/lib/content/accent";
import { SITE } from "@/lib/site/config";
import { stylesheet } from "@/lib/site/stylesheet";

// Written once at build time: the brand colours, from the site file's accent colour.
export const dynamic = "force-static";

export const GET = () => stylesheet(brandCss(SITE.accent));
