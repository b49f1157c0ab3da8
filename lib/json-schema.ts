import { z } from "zod";
import { roleSchema } from "./schema";

/** The shape of /data/roles.json, generated from the same zod schema the content is validated with. */
export const rolesDocumentSchema = z.object({
  $schema: z.string().describe("Where this JSON Schema is published."),
  roles: z.array(roleSchema).describe("Every role, sorted by title."),
});

export function rolesDocumentJsonSchema() {
  return { ...z.toJSONSchema(rolesDocumentSchema, { target: "draft-2020-12" }), title: "Team Roles: roles" };
}
