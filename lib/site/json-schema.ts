import * as z from "zod";
import { areaSchema, growthLevelSchema, itemSchema, responsibilitySchema, roleSchema, scrumPartSchema, slugSchema, teamSchema } from "../content/schema";
import { SITE_NAME } from "./config";
import type { ContentModel } from "../model/types";
import type { Role } from "../content/schema";

/** The shape of /data/roles.json, generated from the same zod schema the content is validated with. */
export const rolesDocumentSchema = z.object({
  $schema: z.string().describe("Where this JSON Schema is published."),
  roles: z.array(roleSchema).describe("Every role, sorted by title. Each responsibility names its area of work and RACI level."),
  areas: z.array(areaSchema.omit({ file: true })).describe("The areas of work, in order, with where sources differ about who owns them."),
  teams: z
    .array(teamSchema.omit({ file: true }))
    .describe("Team shapes: their roles, and for every area of work the one accountable role, the whole team, outside the team or a gap, with the source."),
});

export function rolesDocumentJsonSchema() {
  return { ...z.toJSONSchema(rolesDocumentSchema, { target: "draft-2020-12" }), title: `${SITE_NAME}: roles` };
}

/**
 * The shape of /data/roles/<slug>.json: one role, small enough that a browser can fetch two and
 * compare a pair the build did not write. Descriptions are left out (the role's page and
 * /data/roles.json have them); `areas` names the areas of work its responsibilities belong to.
 */
export const roleDataSchema = roleSchema.pick({ slug: true, title: true, summary: true, aliases: true, dimensions: true }).extend({
  responsibilities: z.array(responsibilitySchema.omit({ html: true })).describe("Each responsibility's anchor id, title, area and RACI level."),
  growth: z.array(growthLevelSchema.extend({ skills: z.array(itemSchema.omit({ html: true })) })).describe("Skills by growth level, by anchor id and title."),
  scrum: z.array(scrumPartSchema.omit({ html: true, line: true })).describe("The role's level in each Scrum event or artefact it takes part in."),
  worksWith: z.array(slugSchema).describe("The roles it works with."),
  areas: z
    .array(areaSchema.pick({ slug: true, title: true, order: true }))
    .describe("The areas of work its responsibilities belong to, in their order, to label them."),
});
export type RoleData = z.infer<typeof roleDataSchema>;

/** One role's data file, /data/roles/<slug>.json: the schema keeps only its fields. */
export function roleData(model: Pick<ContentModel, "areas">, role: Role): RoleData {
  const used = new Set(role.responsibilities.map((r) => r.area));
  return roleDataSchema.parse({ ...role, worksWith: role.worksWith.map((w) => w.slug), areas: model.areas.filter((a) => used.has(a.slug)) });
}
