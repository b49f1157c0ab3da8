import { getRoles } from "@/lib/queries";

// Open data: every role in the typed model, described by /data/roles.schema.json.
export const dynamic = "force-static";

export function GET() {
  return Response.json({ $schema: "/data/roles.schema.json", roles: getRoles() });
}
