import { z } from "zod";
import { areaSchema, roleSchema, teamSchema } from "./schema";

/** The shape of /data/roles.json, generated from the same zod schema the content is validated with. */
export const rolesDocumentSchema = z.object({
  $schema: z.string().describe("Where this JSON Schema is published."),
  roles: z.array(roleSchema).describe("Every role, sorted by title. Each responsibility names its area of work and RACI level."),
  areas: z.array(areaSchema.omit({ file: true })).describe("The areas of work, in order, with where sources differ about who owns them."),
  teams: z.array(teamSchema.omit({ file: true })).describe("Team shapes: their roles and who is accountable for each area where the team decides."),
});

export function rolesDocumentJsonSchema() {
  return { ...z.toJSONSchema(rolesDocumentSchema, { target: "draft-2020-12" }), title: "Team Roles: roles" };
}
