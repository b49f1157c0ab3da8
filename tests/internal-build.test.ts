import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { areaFile, ladderFile, roleFile, scrumMasterFile, siteFile } from "./fixtures";

/*
 * What a build writes for each audience (AUDIENCE): from a content folder with an internal role
 * and an internal ladder, the public build's pages, files, search index, open data, sitemap and
 * redirects hold nothing of either, and the internal build's hold both.
 */

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const INTERNAL = "visibility: internal";
const folder = (() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "team-roles-internal-"));
  dirs.push(dir);
  const files: Record<string, string> = {
    "site.yml": siteFile(),
    "roles/product-owner.md": roleFile(),
    "roles/scrum-master.md": scrumMasterFile(),
    "roles/delivery-lead.md": roleFile({
      title: "Delivery Lead",
      aliases: "[DL]",
      extraFrontMatter: INTERNAL,
      worksWith: "- **Product Owner**: Plans releases together.",
      responsibilities: "- **Release plan** `product-backlog: R`: Plans releases.",
    }),
    "areas/product-backlog.md": areaFile(),
    "areas/accepting-work.md": areaFile({ title: "Accepting work as done", label: "Done", order: 2 }),
    "ladders/delivery.md": ladderFile("[product-owner, delivery-lead]").replace("updated: 2026-11-23", `updated: 2026-11-23\n${INTERNAL}`),
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
})();

// One parse cache for every build here: the model it keeps for one audience must not serve the other.
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "team-roles-internal-cache-"));
dirs.push(cacheDir);

/** Everything a build writes that names a page, read afresh from the folder for one audience. */
async function build(audience: string | undefined) {
  vi.stubEnv("CONTENT_DIR", folder);
  vi.stubEnv("CONTENT_CACHE_DIR", cacheDir);
  vi.stubEnv("AUDIENCE", audience);
  vi.resetModules();
  const { getModel } = await import("@/lib/model/queries");
  const { builtFiles, builtPages } = await import("@/lib/site/built-pages");
  const { searchDocs } = await import("@/lib/site/search-docs");
  const { siteRedirects } = await import("@/lib/site/redirects");
  const rolesJson = await import("@/app/data/roles.json/route");
  const roleData = await import("@/app/data/roles/[file]/route");
  const sitemap = (await import("@/app/sitemap")).default;
  const model = getModel();
  const dataFile = await roleData.GET(new Request("http://site/data/roles/delivery-lead.json"), { params: Promise.resolve({ file: "delivery-lead.json" }) });
  return {
    pages: builtPages(model).map((p) => p.path),
    files: builtFiles(model),
    search: searchDocs(model).map((d) => d.url),
    redirects: siteRedirects(model).flatMap((r) => [r.from, r.to]),
    openData: JSON.stringify(await rolesJson.GET().json()),
    dataFiles: roleData.generateStaticParams().map((p) => p.file),
    dataFileStatus: dataFile.status,
    sitemap: sitemap().map((s) => s.url),
  };
}

const mentionsInternal = (list: readonly string[]) => list.filter((s) => /delivery-lead|\/roles\/dl\b|\/ladders\/delivery/.test(s));

describe("a build for each audience", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("by default, leaves internal pages out of every page, file, search entry, open data file, sitemap entry and redirect", async () => {
    const b = await build(undefined);
    expect(b.pages.length).toBeGreaterThan(5);
    for (const list of [b.pages, b.files, b.search, b.redirects, b.dataFiles, b.sitemap]) expect(mentionsInternal(list)).toEqual([]);
    expect(b.openData).not.toContain("delivery-lead");
    expect(b.openData).not.toContain("Delivery Lead");
    expect(b.dataFileStatus).toBe(404);
  });

  it("with AUDIENCE=internal, builds them everywhere", async () => {
    const b = await build("internal");
    expect(b.pages).toEqual(
      expect.arrayContaining([
        "/roles/delivery-lead",
        "/compare/delivery-lead-vs-product-owner",
        "/compare/product-owner-vs-delivery-lead",
        "/ladders/delivery",
      ]),
    );
    expect(b.files).toEqual(
      expect.arrayContaining(["/data/roles/delivery-lead.json", "/roles/delivery-lead/opengraph-image", "/ladders/delivery/opengraph-image"]),
    );
    expect(b.search).toContain("/roles/delivery-lead");
    expect(b.redirects).toEqual(expect.arrayContaining(["/roles/dl", "/roles/delivery-lead"]));
    expect(b.dataFiles).toContain("delivery-lead.json");
    expect(b.dataFileStatus).toBe(200);
    expect(JSON.parse(b.openData)).toMatchObject({
      roles: expect.arrayContaining([expect.objectContaining({ slug: "delivery-lead", visibility: "internal" })]),
    });
  });

  it("refuses an audience it does not know, saying which to use", async () => {
    await expect(build("staff")).rejects.toThrow('AUDIENCE is "staff": use "public" (the default, which leaves internal pages out) or "internal".');
  });
});
