import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content";
import { formatErrors } from "@/lib/errors";
import { areaFile, roleFile, scrumMasterFile } from "./fixtures";

const SEED_ROLES = [
  "product-manager",
  "product-owner",
  "delivery-manager",
  "product-designer",
  "product-developer",
  "scrum-master",
  "sponsor",
  "client-liaison",
  "stakeholder",
  "associate-product-manager",
  "senior-product-manager",
  "group-product-manager",
  "head-of-product",
  "chief-product-officer",
];

describe("the content in content/", () => {
  const result = loadContent(path.resolve("content"));
  it("is valid", () => {
    expect(result.ok ? "" : formatErrors(result.errors)).toBe("");
  });
  const model = result.ok ? result.value : { roles: [], comparisons: [], ladders: [], areas: [], teams: [] };

  it("has a profile for every role in the seeds", () => {
    expect(model.roles.map((r) => r.slug).sort()).toEqual([...SEED_ROLES].sort());
  });

  it.each([
    ["PO", "product-owner"],
    ["PM", "product-manager"],
    ["DM", "delivery-manager"],
    ["APM", "associate-product-manager"],
    ["Product Lead", "group-product-manager"],
    ["GPM", "group-product-manager"],
    ["Director of Product", "head-of-product"],
    ["VP of Product", "chief-product-officer"],
  ])("the alias %s names %s", (alias, slug) => {
    expect(model.roles.find((r) => r.aliases.includes(alias))?.slug).toBe(slug);
  });

  it("gives the product owner and product manager a growth path at three levels", () => {
    for (const slug of ["product-owner", "product-manager"]) {
      expect(model.roles.find((r) => r.slug === slug)?.growth.map((g) => g.level)).toEqual(["Beginner", "Intermediate", "Advanced"]);
    }
  });

  it("has the four team shapes the sources describe, each with one accountable role or a reason for every area", () => {
    expect(model.teams.map((t) => t.slug).sort()).toEqual(["agency-product-team", "product-manager-and-product-owner", "scrum-team", "service-team"]);
  });

  it("tags every responsibility with an area and a level", () => {
    const areas = new Set(model.areas.map((a) => a.slug));
    for (const r of model.roles) for (const item of r.responsibilities) expect(areas.has(item.area), `${r.slug}#${item.id}`).toBe(true);
  });

  it("records where sources differ on the backlog, accepting work, the sprint goal, impediments and the budget", () => {
    const differs = (slug: string) => model.areas.find((a) => a.slug === slug)?.differ.length ?? 0;
    for (const slug of ["product-backlog", "accepting-work", "sprint-goal", "impediments", "budget-and-resourcing"])
      expect(differs(slug), slug).toBeGreaterThan(0);
  });

  it("has no placeholder text", () => {
    const all = JSON.stringify(model);
    expect(all).not.toMatch(/\b(TODO|TBD|lorem ipsum|placeholder)\b/i);
  });
});

describe("loading a content folder", () => {
  const dirs: string[] = [];
  const folder = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "team-roles-"));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it("reports every problem in every file together", () => {
    const dir = folder({
      "roles/product-owner.md": roleFile().replace("title:", "tittle:"),
      "roles/scrum-master.md": scrumMasterFile().replace("family: product-management", "family: delivry"),
      "roles/Bad Name.md": roleFile(),
    });
    const r = loadContent(dir);
    expect(r.ok).toBe(false);
    const text = r.ok ? "" : formatErrors(r.errors);
    expect(text).toMatch(/^4 content problems found:/);
    expect(text).toContain('Bad Name.md: the file name is the page\'s address, so it must be lowercase words joined by hyphens, e.g. "bad-name.md".');
    expect(text).toContain('product-owner.md:2: tittle: unknown field "tittle" (did you mean "title"?)');
    expect(text).toContain('scrum-master.md:5: family: "delivry" is not allowed (did you mean "delivery"?)');
  });

  const areas = {
    "areas/product-backlog.md": areaFile(),
    "areas/accepting-work.md": areaFile({ title: "Accepting work as done", label: "Done", order: 2 }),
  };

  it("loads a valid folder", () => {
    const r = loadContent(folder({ "roles/product-owner.md": roleFile(), "roles/scrum-master.md": scrumMasterFile(), ...areas }));
    expect(r.ok && r.value.roles.map((x) => x.slug)).toEqual(["product-owner", "scrum-master"]);
    expect(r.ok && r.value.areas.map((x) => x.slug)).toEqual(["product-backlog", "accepting-work"]);
  });

  it("reports a team shape that leaves an area with two accountable roles, naming the files and lines", () => {
    const team = `---
title: Two owners
summary: A team where two roles both say they own the backlog.
roles: [product-owner, proxy-owner]
accountable:
  accepting-work: product-owner
sources:
  - title: The Scrum Guide (2020)
updated: 2026-11-23
---

## About this team shape

Two owners, one backlog.
`;
    const r = loadContent(
      folder({
        "roles/product-owner.md": roleFile(),
        "roles/proxy-owner.md": roleFile({ title: "Proxy Owner", aliases: "[]" }),
        "teams/two-owners.md": team,
        ...areas,
      }),
    );
    const text = r.ok ? "" : formatErrors(r.errors);
    expect(text).toContain("two-owners.md:4: roles: Product Owner (");
    expect(text).toContain("product-owner.md:24) and Proxy Owner (");
    expect(text).toContain(
      'proxy-owner.md:24) are all accountable (A) for "Ordering the product backlog". Choose one under accountable (e.g. `product-backlog: product-owner`).',
    );
    expect(text).toContain(
      'proxy-owner.md:25: ## Responsibilities: "Acceptance testing" makes the Proxy Owner accountable (A) for "Accepting work as done", but ',
    );
  });
});

describe("the error the build stops with", () => {
  it("prints as the same report npm run validate prints, with no stack trace or data dump", async () => {
    const { ContentValidationError, formatErrors } = await import("@/lib/errors");
    const { inspect } = await import("node:util");
    const errors = [{ file: "content/roles/sponsor.md", line: 2, where: "tittle", message: 'unknown field "tittle" (did you mean "title"?).' }];
    const e = new ContentValidationError(errors);
    expect(e.message).toBe(formatErrors(errors));
    expect(e.errors).toEqual(errors);
    expect(inspect(e).startsWith("[1 content problem found:")).toBe(true);
    expect(inspect(e)).not.toMatch(/^\s+errors:/m);
    expect(inspect(e)).not.toMatch(/\n\s+at /);
  });
});
