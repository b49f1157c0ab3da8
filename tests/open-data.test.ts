import { describe, expect, it } from "vitest";
import { GET as rolesJson } from "@/app/data/roles.json/route";
import { GET as roleFile, generateStaticParams as roleFiles } from "@/app/data/roles/[file]/route";
import { GET as rolesSchema } from "@/app/data/roles.schema.json/route";
import { roleDataSchema, rolesDocumentSchema } from "@/lib/site/json-schema";
import { getModel } from "@/lib/model/queries";

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

  it("publishes one small data file per role, with what a comparison needs to label its areas", async () => {
    expect(roleFiles().map((p) => p.file)).toEqual(getModel().roles.map((r) => `${r.slug}.json`));
    const res = await roleFile(new Request("http://site/data/roles/product-owner.json"), { params: Promise.resolve({ file: "product-owner.json" }) });
    const text = await res.text();
    const po = roleDataSchema.strict().parse(JSON.parse(text));
    expect(po.title).toBe("Product Owner");
    expect(po.aliases).toContain("PO");
    expect(po.dimensions.focus.length).toBeGreaterThan(20);
    const backlog = po.responsibilities.find((r) => r.id === "backlog-management");
    expect(backlog).toEqual({ id: "backlog-management", title: "Backlog management", area: "product-backlog", level: "A" });
    // Every area a responsibility names is labelled, in the areas' order, and no other.
    expect(po.areas.map((a) => a.slug).sort()).toEqual([...new Set(po.responsibilities.map((r) => r.area))].sort());
    expect(po.areas.map((a) => a.order)).toEqual([...po.areas.map((a) => a.order)].sort((x, y) => x - y));
    expect(po.areas.find((a) => a.slug === "product-backlog")?.title).toBe("Ordering the product backlog");
    expect(po.worksWith).toContain("scrum-master");
    // Small: no descriptions (the role's page and /data/roles.json have them).
    expect(text).not.toContain("html");
    expect(text.length).toBeLessThan(8000);
  });

  it("answers only for roles", async () => {
    const res = await roleFile(new Request("http://site/data/roles/nobody.json"), { params: Promise.resolve({ file: "nobody.json" }) });
    expect(res.status).toBe(404);
  });
});
