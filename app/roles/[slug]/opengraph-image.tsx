import { OG_SIZE, ogImage } from "@/lib/site/preview-image";
import { getModel, getRole } from "@/lib/model/queries";
import { pageParams } from "@/lib/site/built-pages";
import { SITE_NAME } from "@/lib/site/config";

export const size = OG_SIZE;
export const contentType = "image/png";
// Rendered at build time, so previews also exist in the static export.
export const dynamic = "force-static";
export const alt = `${SITE_NAME}: a role's title and summary`;

export const generateStaticParams = () => pageParams.role(getModel());

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const role = getRole((await params).slug);
  return ogImage({ kind: "Role", title: role?.title ?? "Role not found", summary: role?.summary ?? "" });
}
