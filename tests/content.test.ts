import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { formatErrors } from "@/lib/content/errors";
import { type ParseCache, noCache, openParseCache } from "@/lib/content/cache";
import { PO_RULINGS, areaFile, roleFile, scrumMasterFile, siteFile, teamFile } from "./fixtures";

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

/** A team shape that makes the product owner accountable for both areas, though the proxy owner's page claims them too. */
const TWO_OWNERS = `---
title: Two owners
summary: A team where two roles both say they own the backlog.
roles: [product-owner, proxy-owner]
${PO_RULINGS}
sources:
  - title: The Scrum Guide (2020)
    url: https://scrumguides.org/scrum-guide.html
updated: 2026-11-23
---

## About this team shape

Two owners, one backlog.
`;

const result = loadContent(path.resolve("content"));
const model = result.ok ? result.value : { roles: [], comparisons: [], ladders: [], areas: [], teams: [] };

// Holds for any site's content, ours or an organisation's own.
describe("the content in content/", () => {
  it("is valid", () => {
    expect(result.ok ? "" : formatErrors(result.errors)).toBe("");
  });

  it("tags every responsibility with an area and a level", () => {
    const areas = new Set(model.areas.map((a) => a.slug));
    for (const r of model.roles) for (const item of r.responsibilities) expect(areas.has(item.area), `${r.slug}#${item.id}`).toBe(true);
  });

  it("has no placeholder text", () => {
    const all = JSON.stringify(model);
    expect(all).not.toMatch(/\b(TODO|TBD|lorem ipsum|placeholder)\b/i);
  });
});

// Our content against the documents it is written from: a site with other roles has no such documents, so this skips there.
const SOURCES = path.resolve("..", "shared", "seeds");
const hasSources = fs.existsSync(SOURCES);
describe.skipIf(!hasSources)(
  hasSources ? "the content covers its source documents" : `the content covers its source documents (skipped: they are not at ${SOURCES})`,
  () => {
    // Ladders add rungs the documents do not name, so the site may hold more roles than these, never fewer.
    it("has a profile for every role in the source documents", () => {
      expect(model.roles.map((r) => r.slug)).toEqual(expect.arrayContaining(SEED_ROLES));
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

    it("has the four team shapes the sources describe", () => {
      expect(model.teams.map((t) => t.slug).sort()).toEqual(["agency-product-team", "product-manager-and-product-owner", "scrum-team", "service-team"]);
    });

    it("records where sources differ on the backlog, accepting work, the sprint goal, impediments and the budget", () => {
      const differs = (slug: string) => model.areas.find((a) => a.slug === slug)?.differ.length ?? 0;
      for (const slug of ["product-backlog", "accepting-work", "sprint-goal", "impediments", "budget-and-resourcing"])
        expect(differs(slug), slug).toBeGreaterThan(0);
    });
  },
);

describe("loading a content folder", () => {
  const dirs: string[] = [];
  const folder = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "team-roles-"));
    dirs.push(dir);
    for (const [name, text] of Object.entries({ "site.yml": siteFile(), ...files })) {
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

  it("reports a role whose letter disagrees with a team shape's ruling, naming the files and lines", () => {
    const r = loadContent(
      folder({
        "roles/product-owner.md": roleFile(),
        "roles/proxy-owner.md": roleFile({ title: "Proxy Owner", aliases: "[]" }),
        "teams/two-owners.md": TWO_OWNERS,
        ...areas,
      }),
    );
    const text = r.ok ? "" : formatErrors(r.errors);
    expect(text).toMatch(
      /proxy-owner\.md:24: ## Responsibilities: \S*teams\/two-owners\.md:6 makes the Product Owner accountable for "Ordering the product backlog" in "Two owners", but the Proxy Owner is also A there\. Give its letter in this team shape after its own, e\.g\. `product-backlog: A; C in two-owners`\./,
    );
    expect(text).toMatch(
      /proxy-owner\.md:25: ## Responsibilities: \S*teams\/two-owners\.md:10 makes the Product Owner accountable for "Accepting work as done"/,
    );
    // The product owner's A agrees with the ruling.
    expect(text).not.toMatch(/product-owner\.md:2[45]: ## Responsibilities/);
  });
});

describe("the parse cache", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "team-roles-cache-"));
    dirs.push(dir);
    return dir;
  };
  const folder = (files: Record<string, string>) => {
    const dir = tempDir();
    for (const [name, text] of Object.entries({ "site.yml": siteFile(), ...files })) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  /** The cache, recording what is written to it: each file parsed without problems, and each linked model. */
  function recording(cache: ParseCache) {
    const written = { files: 0, models: 0 };
    const recorder: ParseCache = {
      ...cache,
      set: (key, value, replacing) => {
        written[key.startsWith("model-") ? "models" : "files"]++;
        cache.set(key, value, replacing);
      },
    };
    return { cache: recorder, written, reset: () => Object.assign(written, { files: 0, models: 0 }) };
  }

  const content = {
    "roles/product-owner.md": roleFile(),
    "roles/scrum-master.md": scrumMasterFile(),
    "areas/product-backlog.md": areaFile(),
    "areas/accepting-work.md": areaFile({ title: "Accepting work as done", label: "Done", order: 2 }),
  };

  it("parses a file again only when its text has changed, and links again only when a file has", () => {
    const dir = folder(content);
    const { cache, written, reset } = recording(openParseCache(process.cwd(), tempDir()));
    const first = loadContent(dir, cache);
    expect(first.ok).toBe(true);
    expect(written).toEqual({ files: 4, models: 1 });

    reset();
    expect(loadContent(dir, cache)).toEqual(first);
    expect(written).toEqual({ files: 0, models: 0 });

    reset();
    fs.appendFileSync(path.join(dir, "roles/scrum-master.md"), "\n## Notes\n\nServes the team.\n");
    const third = loadContent(dir, cache);
    expect(written).toEqual({ files: 1, models: 1 });
    expect(third.ok && third.value.roles.find((r) => r.slug === "scrum-master")?.notesHtml).toBe("<p>Serves the team.</p>");
  });

  it("gives the same model, and the same problems at the same lines, from the cache as from parsing", () => {
    const coach = roleFile({ title: "Team Coach", aliases: "[]", responsibilities: "- **Coaching**: Coaches the team in ordering the backlog." });
    const valid = folder({ ...content, "roles/team-coach.md": coach, "teams/coached.md": teamFile(`roles: [product-owner, team-coach]\n${PO_RULINGS}`) });
    const cache = openParseCache(process.cwd(), tempDir());
    const parsed = loadContent(valid, noCache);
    expect(parsed.ok ? "" : formatErrors(parsed.errors)).toBe("");
    loadContent(valid, cache);
    expect(JSON.stringify(loadContent(valid, cache))).toBe(JSON.stringify(parsed));

    // A team's lines come from the cache when only another file has a problem.
    const invalid = folder({ ...content, "roles/proxy-owner.md": roleFile({ title: "Proxy Owner", aliases: "[]" }), "teams/two-owners.md": TWO_OWNERS });
    const fresh = loadContent(invalid, noCache);
    expect(fresh.ok ? "" : formatErrors(fresh.errors)).toMatch(
      /proxy-owner\.md:24: ## Responsibilities: \S*two-owners\.md:6 makes the Product Owner accountable/,
    );
    loadContent(invalid, cache);
    expect(loadContent(invalid, cache)).toEqual(fresh);
  });

  it("checks from the cache's outlines (no rendered HTML) what it checks from whole files: the same problems and warnings", () => {
    const cacheDir = tempDir();
    const check = (dir: string) => loadContent(dir, openParseCache(process.cwd(), cacheDir), undefined, "internal", { forChecking: true });
    const whole = (dir: string) => loadContent(dir, noCache, undefined, "internal");
    // The Scrum Master names the Product Owner, who does not name it back: a warning.
    const valid = folder({ ...content, "roles/product-owner.md": roleFile({ worksWith: "- **Sponsor**: Agrees the budget." }), "roles/sponsor.md": roleFile({ title: "Sponsor", aliases: "[]" }) });
    loadContent(valid, openParseCache(process.cwd(), cacheDir));
    const checked = check(valid);
    const parsed = whole(valid);
    expect(parsed.ok && parsed.value.roles.every((r) => r.purposeHtml.startsWith("<p>"))).toBe(true);
    expect(checked.ok && checked.value.roles.map((r) => [r.slug, r.purposeHtml])).toEqual(parsed.ok && parsed.value.roles.map((r) => [r.slug, ""]));
    expect(checked.warnings).toEqual(parsed.warnings);
    expect(checked.warnings?.length).toBeGreaterThan(0);

    const invalid = folder({ ...content, "roles/sponsor.md": roleFile({ title: "Sponsor", aliases: "[PO]", related: "[nobody]" }) });
    loadContent(invalid, openParseCache(process.cwd(), cacheDir));
    const problems = check(invalid);
    expect(problems.ok ? "" : formatErrors(problems.errors)).toContain('no role "nobody"');
    expect(problems).toEqual(whole(invalid));
  });

  it("never keeps a file with problems: it is parsed, and reported, every time", () => {
    const dir = folder({ ...content, "roles/scrum-master.md": scrumMasterFile().replace("family: product-management", "family: delivry") });
    const { cache, written, reset } = recording(openParseCache(process.cwd(), tempDir()));
    const first = loadContent(dir, cache);
    expect(first.ok ? "" : formatErrors(first.errors)).toContain('scrum-master.md:5: family: "delivry" is not allowed (did you mean "delivery"?)');
    expect(written).toEqual({ files: 3, models: 0 });
    reset();
    expect(loadContent(dir, cache)).toEqual(first);
    expect(written).toEqual({ files: 0, models: 0 });
  });

  it("loads as well without a cache it cannot write", () => {
    const dir = folder(content);
    const blocker = path.join(tempDir(), "a-file");
    fs.writeFileSync(blocker, "");
    const r = loadContent(dir, openParseCache(process.cwd(), path.join(blocker, "cache")));
    expect(r).toEqual(loadContent(dir, noCache));
    expect(r.ok).toBe(true);
  });

  it("starts afresh when the parsing code or an installed package changes, and removes what the old one kept", () => {
    const project = folder({ "lib/parse.ts": "export const v = 1;", "node_modules/.package-lock.json": "{}" });
    const cacheFolder = path.join(project, "node_modules/.cache/team-roles");
    const before = openParseCache(project);
    before.set("entry", { value: 1 });
    expect(openParseCache(project).get("entry")).toEqual({ value: 1 });
    fs.writeFileSync(path.join(project, "lib/parse.ts"), "export const v = 2;");
    const after = openParseCache(project);
    expect(after.has("entry")).toBe(false);
    after.set("entry", { value: 2 });
    expect(fs.readdirSync(cacheFolder)).toHaveLength(1);
    fs.writeFileSync(path.join(project, "node_modules/.package-lock.json"), '{"packages":{}}');
    expect(openParseCache(project).has("entry")).toBe(false);
  });
});

describe("the error the build stops with", () => {
  it("prints as the same report npm run validate prints, with no stack trace or data dump", async () => {
    const { ContentValidationError, formatErrors } = await import("@/lib/content/errors");
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
