import { OG_SIZE, ogImage } from "@/lib/site/preview-image";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site/config";

export const size = OG_SIZE;
export const contentType = "image/png";
// Rendered at build time, so previews also exist in the static export.
export const dynamic = "force-static";
export const alt = `${SITE_NAME}: who does what in a product team`;

export default function Image() {
  return ogImage({
    kind: "Reference",
    title: "Who does what in a product team",
    summary: SITE_DESCRIPTION,
  });
}
