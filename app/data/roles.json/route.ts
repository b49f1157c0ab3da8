import { getModel } from "@/lib/model/queries";
import { OPEN_DATA_SCHEMA } from "@/lib/site/routes";

// Open data: every role, area of work and team shape in the typed model, described by /data/roles.schema.json.
export const dynamic = "force-static";

export function GET() {
  const { roles, areas, teams } = getModel();
  const withoutFile = <T extends { file: string }>({ file: _file, ...rest }: T) => rest;
  return Response.json({ $schema: OPEN_DATA_SCHEMA, roles, areas: areas.map(withoutFile), teams: teams.map(withoutFile) });
}
