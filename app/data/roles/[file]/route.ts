import { roleData } from "@/lib/pair-data";
import { getModel } from "@/lib/queries";
import { roleDataUrl } from "@/lib/routes";

/*
 * One role's data, /data/roles/<slug>.json (shape: roleDataSchema in lib/json-schema.ts). The 404
 * page's island fetches two of these to compare a pair the build did not write, so each stays
 * small: titles, levels and anchors, without the descriptions.
 */
export const dynamic = "force-static";
// Only the files the build writes: a static host has no others.
export const dynamicParams = false;

// The segment is the file name: Next has no segment of the form [slug].json.
const fileName = (slug: string) => roleDataUrl(slug).split("/").pop()!;

export function generateStaticParams() {
  return getModel().roles.map((r) => ({ file: fileName(r.slug) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const model = getModel();
  const role = model.roles.find((r) => fileName(r.slug) === file);
  if (!role) return new Response("No such role.", { status: 404 });
  return Response.json(roleData(model, role));
}
