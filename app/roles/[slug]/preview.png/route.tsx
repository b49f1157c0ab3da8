import { previewRoles } from "@/lib/built-pages";
import { ogImage } from "@/lib/og-image";
import { getModel, getRole } from "@/lib/queries";

// A route rather than an opengraph-image file, so that a large site can leave roles without one (see lib/built-pages.ts).
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return previewRoles(getModel()).map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const role = getRole((await params).slug);
  if (!role) return new Response("Not found", { status: 404 });
  return ogImage({ kind: "Role", title: role.title, summary: role.summary });
}
