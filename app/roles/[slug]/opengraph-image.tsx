import { OG_SIZE, ogImage } from "@/lib/og-image";
import { getRole, getRoles } from "@/lib/queries";

export const size = OG_SIZE;
export const contentType = "image/png";
// Rendered at build time, so previews also exist in the static export.
export const dynamic = "force-static";
export const alt = "Team Roles: a role's title and summary";

export function generateStaticParams() {
  return getRoles().map((r) => ({ slug: r.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const role = getRole((await params).slug);
  return ogImage({ kind: "Role", title: role?.title ?? "Role not found", summary: role?.summary ?? "" });
}
