import { rolesDocumentJsonSchema } from "@/lib/site/json-schema";

export const dynamic = "force-static";

export function GET() {
  return Response.json(rolesDocumentJsonSchema());
}
