import { roleData } from "@/lib/site/json-schema";
import { getModel } from "@/lib/model/queries";
import { roleDataFile } from "@/lib/site/routes";
import { pageParams } from "@/lib/site/built-pages";

/*
 * One role's data, /data/roles/<slug>.json (shape: roleDataSchema in lib/site/json-schema.ts). The 404
 * page's island fetches two of these to compare a pair the build did not write, so each stays
 * small: titles, levels and anchors, without the descriptions.
 */
export const dynamic = "force-static";
// Only the files the build writes: a static host has no others.
export const dynamicParams = false;

export const generateStaticParams = () => pageParams.roleData(getModel());

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const model = getModel();
  const role = model.roles.find((r) => roleDataFile(r.slug) === file);
  if (!role) return new Response("No such role.", { status: 404 });
  return Response.json(roleData(model, role));
}
