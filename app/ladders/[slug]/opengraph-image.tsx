import { OG_SIZE, ogImage } from "@/lib/site/preview-image";
import { getLadder, getModel } from "@/lib/model/queries";
import { pageParams } from "@/lib/site/built-pages";
import { SITE_NAME } from "@/lib/site/config";

export const size = OG_SIZE;
export const contentType = "image/png";
// Rendered at build time, so previews also exist in the static export.
export const dynamic = "force-static";
export const alt = `${SITE_NAME}: a career ladder`;

export const generateStaticParams = () => pageParams.ladder(getModel());

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const ladder = getLadder((await params).slug);
  return ogImage({ kind: "Career ladder", title: ladder?.title ?? "Ladder not found", summary: ladder?.summary ?? "" });
}
