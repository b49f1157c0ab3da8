import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { roleDataSchema, rolesDocumentSchema } from "@/lib/site/json-schema";

/* The open data routes over a small site of another organisation's (e2e/fixtures/other-org), not our content. */

const CONTENT = path.resolve(import.meta.dirname, "../e2e/fixtures/other-org/content");
let routes: {
  rolesJson: typeof import("@/app/data/roles.json/route");
  roleFile: typeof import("@/app/data/roles/[file]/route");
  rolesSchema: typeof import("@/app/data/roles.schema.json/route");
  model: import("@/lib/model/types").ContentModel;
};
let cache: string;

beforeAll(async () => {
  cache = fs.mkdtempSync(path.join(os.tmpdir(), "open-data-"));
  vi.stubEnv("CONTENT_DIR", CONTENT);
  vi.stubEnv("CONTENT_CACHE_DIR", cache);
  vi.resetModules();
  routes = {
    rolesJson: await import("@/app/data/roles.json/route"),
    roleFile: await import("@/app/data/roles/[file]/route"),
    rolesSchema: await import("@/app/data/roles.schema.json/route"),
    model: (await import("@/lib/model/queries")).getModel(),
  };
});
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(cache, { recursive: true, force: true });
});

describe("open data", () => {
  it("publishes every role in the typed model, and the model validates against its own schema", async () => {
    const parsed = rolesDocumentSchema.parse(await routes.rolesJson.GET().json());
    expect(parsed.roles.map((r) => r.slug)).toEqual(routes.model.roles.map((r) => r.slug));
    const owner = parsed.roles.find((r) => r.slug === "service-owner");
    expect(owner?.responsibilities.find((x) => x.area === "service-quality")?.level).toBe("A");
    expect(parsed.areas.map((a) => a.slug)).toEqual(routes.model.areas.map((a) => a.slug));
    expect(parsed.teams.find((t) => t.slug === "service-squad")?.roles).toEqual(["service-owner", "delivery-lead"]);
  });

  it("publishes a JSON Schema that describes each field, titled with the site's name", async () => {
    const schema = (await routes.rolesSchema.GET().json()) as {
      $schema: string;
      title: string;
      properties: { roles: { items: { properties: Record<string, { description?: string }>; required: string[] } } };
    };
    expect(schema.$schema).toContain("2020-12");
    expect(schema.title).toContain("Northwind Service Handbook");
    const role = schema.properties.roles.items;
    expect(role.required).toEqual(expect.arrayContaining(["slug", "title", "summary", "responsibilities", "dimensions"]));
    expect(role.properties.purposeHtml?.description).toBe("What the role is for.");
  });

  it("publishes one small data file per role, with what a comparison needs to label its areas", async () => {
    expect(routes.roleFile.generateStaticParams().map((p) => p.file)).toEqual(routes.model.roles.map((r) => `${r.slug}.json`));
    const res = await routes.roleFile.GET(new Request("http://site/data/roles/delivery-lead.json"), {
      params: Promise.resolve({ file: "delivery-lead.json" }),
    });
    const text = await res.text();
    const lead = roleDataSchema.strict().parse(JSON.parse(text));
    expect(lead.title).toBe("Delivery Lead");
    expect(lead.aliases).toContain("DL");
    expect(lead.dimensions.focus.length).toBeGreaterThan(20);
    expect(lead.responsibilities.find((r) => r.id === "release-planning")).toEqual({
      id: "release-planning",
      title: "Release planning",
      area: "planning",
      level: "A",
      inTeams: {},
    });
    // Every area a responsibility names is labelled, in the areas' order, and no other.
    expect(lead.areas.map((a) => a.slug).sort()).toEqual([...new Set(lead.responsibilities.map((r) => r.area))].sort());
    expect(lead.areas.map((a) => a.order)).toEqual([...lead.areas.map((a) => a.order)].sort((x, y) => x - y));
    expect(lead.areas.find((a) => a.slug === "planning")?.title).toBe("Planning releases");
    expect(lead.worksWith).toContain("service-owner");
    // Small: no descriptions (the role's page and /data/roles.json have them).
    expect(text).not.toContain("html");
  });

  it("answers only for roles", async () => {
    const res = await routes.roleFile.GET(new Request("http://site/data/roles/nobody.json"), { params: Promise.resolve({ file: "nobody.json" }) });
    expect(res.status).toBe(404);
  });
});
