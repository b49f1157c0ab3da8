import { describe, expect, it } from "vitest";
import { GET as rolesJson } from "@/app/data/roles.json/route";
import { GET as rolesSchema } from "@/app/data/roles.schema.json/route";
import { rolesDocumentSchema } from "@/lib/json-schema";

describe("open data", () => {
  it("publishes every role in the typed model, and the model validates against its own schema", async () => {
    const body: unknown = await rolesJson().json();
    const parsed = rolesDocumentSchema.parse(body);
    expect(parsed.roles.map((r) => r.slug)).toContain("product-owner");
    expect(parsed.roles.find((r) => r.slug === "product-owner")?.responsibilities.length).toBeGreaterThan(3);
    expect(parsed.roles.find((r) => r.slug === "product-owner")?.responsibilities.find((x) => x.area === "product-backlog")?.level).toBe("A");
    expect(parsed.areas.map((a) => a.slug)).toContain("product-backlog");
    expect(parsed.teams.find((t) => t.slug === "scrum-team")?.roles).toContain("scrum-master");
  });

  it("publishes a JSON Schema that describes each field", async () => {
    const schema = (await rolesSchema().json()) as {
      $schema: string;
      properties: { roles: { items: { properties: Record<string, { description?: string }>; required: string[] } } };
    };
    expect(schema.$schema).toContain("2020-12");
    const role = schema.properties.roles.items;
    expect(role.required).toEqual(expect.arrayContaining(["slug", "title", "summary", "responsibilities", "dimensions"]));
    expect(role.properties.purposeHtml?.description).toBe("What the role is for.");
  });
});
