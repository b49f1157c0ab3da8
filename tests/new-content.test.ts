import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { noCache } from "@/lib/content/cache";
import { formatError } from "@/lib/content/errors";
import { loadContent, readContent } from "@/lib/content/load";
import { placeholderWarnings } from "@/lib/content/placeholders";
import { newContent } from "../scripts/new";
import { areaFile, roleFile, scrumMasterFile, siteFile } from "./fixtures";

/*
 * `npm run new` (issue 18): each kind of draft validates with warnings, one per placeholder at its
 * line, so it can be built; it refuses to overwrite a file or to take a name a role answers to.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A content folder with two roles and two areas, and no team shape, ladder or comparison yet. */
function folder(extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "team-roles-new-"));
  dirs.push(dir);
  const files: Record<string, string> = {
    "site.yml": siteFile(),
    "roles/product-owner.md": roleFile({ aliases: "[PO, Product Lead]" }),
    "roles/scrum-master.md": scrumMasterFile(),
    "areas/product-backlog.md": areaFile(),
    "areas/accepting-work.md": areaFile({ title: "Accepting work as done", label: "Done", order: 2 }),
    ...extra,
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
const rel = (full: string) => path.relative(process.cwd(), full).split(path.sep).join("/");
const validate = (dir: string) => loadContent(dir, noCache, readContent(dir, noCache), "internal");

/** Every placeholder in the written file is a warning at its line, as `npm run new` printed it (if given). */
function expectPlaceholderWarnings(dir: string, name: string, out?: string) {
  const file = rel(path.join(dir, name));
  const lines = fs.readFileSync(path.join(dir, name), "utf8").split("\n");
  const warnings = (validate(dir).warnings ?? []).filter((w) => w.file === file);
  expect(warnings.length).toBeGreaterThan(1);
  for (const w of warnings) {
    expect(w.severity).toBe("warning");
    expect(lines[w.line! - 1]).toContain("TODO:");
    if (out !== undefined) expect(out).toContain(formatError(w));
  }
  // Every placeholder in the file is reported.
  expect(warnings.map((w) => w.line)).toEqual(lines.flatMap((l, i) => (l.includes("TODO:") ? [i + 1] : [])));
}

describe("npm run new", () => {
  const dir = folder();
  it.each([
    ["role", ["role", "Delivery lead"], "roles/delivery-lead.md"],
    ["comparison, by slug and title", ["comparison", "product-owner", "Scrum Master"], "comparisons/product-owner-vs-scrum-master.md"],
    ["ladder", ["ladder", "Delivery ladder", "scrum-master", "delivery-lead"], "ladders/delivery-ladder.md"],
    ["team shape", ["team", "Platform team", "product-owner", "delivery-lead"], "teams/platform-team.md"],
    ["pairing, its roles in alphabetical order", ["pairing", "SM", "product-owner"], "pairings/product-owner-and-scrum-master.md"],
  ])("writes a %s that validates, each placeholder a warning at its line", (_kind, args, name) => {
    const { code, out } = newContent(args, dir, "2026-11-23");
    expect(out).toMatch(/^Wrote .* It validates, with \d+ placeholders to fill in/);
    expect(code).toBe(0);
    const result = validate(dir);
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
    expectPlaceholderWarnings(dir, name, out);
  });

  it("writes a pairing whose quote names its one source, and shows it on “what if” with both roles chosen", () => {
    const own = folder();
    const { code, out } = newContent(["pairing", "Scrum Master", "PO"], own, "2026-11-23");
    expect(code).toBe(0);
    expect(out).toContain("at /teams/yours/what-if?role=product-owner&role=scrum-master&both=product-owner&and=scrum-master,");
    const text = fs.readFileSync(path.join(own, "pairings/product-owner-and-scrum-master.md"), "utf8");
    expect(text).toMatch(/^roles: \[product-owner, scrum-master\]$/m);
    expect(text).toMatch(/^warns: true /m);
    expect(text).toContain(
      "## What the sources say\n\nTODO: Say in your own words what the sources say about one person being both the Product Owner and the Scrum Master.",
    );
    const model = validate(own);
    expect(model.ok && model.value.pairings.map((p) => p.roles)).toEqual([["product-owner", "scrum-master"]]);
    expect(newContent(["pairing", "scrum-master", "product-owner"], own).out).toBe(
      `${rel(path.join(own, "pairings/product-owner-and-scrum-master.md"))} already exists. Edit it, or choose another name.\n`,
    );
  });

  it("writes a team shape that rules on every area: the role whose page says A, else the whole team where someone does the work, else a gap", () => {
    const own = folder({
      "roles/delivery-lead.md": roleFile({ title: "Delivery Lead", aliases: "[]", responsibilities: "- **Plans releases** `releases: R`: Plans them." }),
      "roles/sponsor.md": roleFile({
        title: "Sponsor",
        aliases: "[]",
        responsibilities: "- **Releases** `releases: A`: Answers for them.\n- **Budget** `budget: A`: Holds it.",
      }),
      "areas/releases.md": areaFile({ title: "Releases", label: "Releases", order: 3 }),
      "areas/budget.md": areaFile({ title: "Budget", label: "Budget", order: 4 }),
    });
    const { code, out } = newContent(["team", "Delivery team", "product-owner", "delivery-lead"], own, "2026-11-23");
    expect(out).toMatch(/^Wrote .* It validates/);
    expect(code).toBe(0);
    const text = fs.readFileSync(path.join(own, "teams/delivery-team.md"), "utf8");
    const rulings = text.slice(text.indexOf("rulings:"), text.indexOf("sources:"));
    expect(rulings.match(/^ {2}[a-z-]+:$|^ {4}(accountable|whole_team|gap): \S+/gm)).toEqual([
      "  product-backlog:",
      "    accountable: product-owner",
      "  accepting-work:",
      "    accountable: product-owner",
      "  releases:",
      '    whole_team: "TODO:',
      "  budget:",
      '    gap: "TODO:',
    ]);
    expect(text).toMatch(/^scrum: false /m);
    expectPlaceholderWarnings(own, "teams/delivery-team.md", out);
  });

  it("writes an area, and says that some role must answer for it before it validates", () => {
    const own = folder();
    const { code, out } = newContent(["area", "Release planning"], own, "2026-11-23");
    const file = rel(path.join(own, "areas/release-planning.md"));
    expect(code).toBe(1);
    expect(out).toBe(
      `Wrote ${file}. It does not validate yet:\n\n  ${file}: no role can be accountable for "Release planning": no role's page gives it A and no team shape makes a role accountable. Give one role A for it, on its page or in a team shape's rulings.\n`,
    );
    expectPlaceholderWarnings(own, "areas/release-planning.md");
    // Once a role answers for it, the draft validates, its placeholders still warnings.
    const po = roleFile({
      aliases: "[PO, Product Lead]",
      responsibilities:
        "- **Backlog management** `product-backlog: A`: Orders it.\n- **Acceptance testing** `accepting-work: A`: Accepts it.\n- **Release plan** `release-planning: A`: Plans releases.",
    });
    fs.writeFileSync(path.join(own, "roles/product-owner.md"), po);
    const result = validate(own);
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
    expectPlaceholderWarnings(own, "areas/release-planning.md");
  });

  it("refuses to overwrite a file", () => {
    const before = fs.readFileSync(path.join(dir, "roles/delivery-lead.md"), "utf8");
    expect(newContent(["ladder", "Delivery ladder"], dir)).toEqual({
      code: 1,
      out: `${rel(path.join(dir, "ladders/delivery-ladder.md"))} already exists. Edit it, or choose another name.\n`,
    });
    expect(fs.readFileSync(path.join(dir, "roles/delivery-lead.md"), "utf8")).toBe(before);
  });

  it("refuses a role whose name, or address, another role already answers to", () => {
    const po = rel(path.join(dir, "roles/product-owner.md"));
    expect(newContent(["role", "po"], dir).out).toBe(`"po" already names the Product Owner (${po}). Choose another name.\n`);
    expect(newContent(["role", "Product-Lead"], dir).out).toBe(
      "The address /roles/product-lead already leads to /roles/product-owner, through an alias. Choose another name.\n",
    );
    expect(newContent(["comparison", "PO", "scrum-master"], dir).out).toBe(
      `${rel(path.join(dir, "comparisons/product-owner-vs-scrum-master.md"))} already compares the Product Owner and the Scrum Master. Keep one comparison per pair.\n`,
    );
    expect(fs.existsSync(path.join(dir, "roles/po.md"))).toBe(false);
  });

  it("says what it needs: a kind, a name, roles that exist", () => {
    expect(newContent([], dir).out).toMatch(/^Usage: npm run new -- <kind> <name>/);
    expect(newContent(["role"], dir).out).toBe('Give the new role a name: npm run new -- role "Its name".\n');
    expect(newContent(["team", "Odd pair", "product-owner", "nobody"], dir).out).toBe(
      'There is no role "nobody". Name a role by its file name, title or an alias.\n',
    );
    expect(newContent(["team", "yours"], dir).out).toBe('The address /teams/yours is the "your team" page. Choose another name.\n');
    expect(newContent(["pairing", "product-owner"], dir).out).toBe("A pairing is of two roles: npm run new -- pairing <role> <role>.\n");
    expect(newContent(["pairing", "PO", "product-owner"], dir).out).toBe('"product-owner" is the Product Owner, named twice. Name each role once.\n');
  });

  it("says what else must change when the new file does not validate yet", () => {
    // Both fixture roles claim A for both areas, so a team of the two gives each area to the first, and the other's page disagrees.
    const { code, out } = newContent(["team", "Two owners", "product-owner", "scrum-master"], folder(), "2026-11-23");
    expect(code).toBe(1);
    expect(out).toMatch(
      /two-owners\.md\. It does not validate yet:\n\n {2}.*scrum-master\.md:\d+: ## Responsibilities: \S*two-owners\.md:\d+ makes the Product Owner accountable for "Accepting work as done" in "Two owners", but the Scrum Master is also A there\./,
    );
  });

  it("makes a page that names an internal role internal too", () => {
    const internal = folder({ "roles/delivery-lead.md": roleFile({ title: "Delivery Lead", aliases: "[]", extraFrontMatter: "visibility: internal" }) });
    expect(newContent(["comparison", "product-owner", "delivery-lead"], internal, "2026-11-23").code).toBe(0);
    expect(fs.readFileSync(path.join(internal, "comparisons/product-owner-vs-delivery-lead.md"), "utf8")).toContain("\nvisibility: internal\n");
  });

  it("runs as `npm run new`, into CONTENT_DIR", () => {
    const target = folder();
    const out = execFileSync("npm", ["run", "--silent", "new", "--", "role", "Delivery lead"], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: target },
      encoding: "utf8",
    });
    expect(out).toContain("delivery-lead.md. It validates, with 10 placeholders to fill in");
    const validated = spawnSync("npm", ["run", "--silent", "validate"], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: target }, encoding: "utf8" });
    // Warnings do not fail it; they come with their count.
    expect(validated.status).toBe(0);
    expect(validated.stdout).toMatch(/^Content is valid: 3 roles, .*, 10 warnings\.\n$/);
    expect(validated.stderr).toMatch(
      /^10 warnings \(the build goes ahead; fix them before publishing\):\n\n {2}.*delivery-lead\.md:3: summary: still holds a placeholder/,
    );
  }, 60_000);
});

describe("npm run validate with errors and warnings", () => {
  it("prints the errors, then the warnings, and fails", () => {
    const draft = roleFile({ title: "Delivery lead", aliases: "[]" }).replace(
      "summary: Represents the customer and orders the product backlog for the team.",
      'summary: "TODO: Say in one sentence what the role is for."',
    );
    const target = folder({ "roles/delivery-lead.md": draft, "roles/broken.md": roleFile({ title: "Broken", aliases: "[]", related: "[nobody]" }) });
    const r = spawnSync("npm", ["run", "--silent", "validate"], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: target }, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^1 content problem found:\n\n {2}.*broken\.md: related\[0\]: no role "nobody".*\n\n1 warning \(the build goes ahead; fix it before publishing\):\n\n {2}.*delivery-lead\.md:3: summary: still holds a placeholder \("TODO: …"\)\. Say in one sentence what the role is for\.\n$/,
    );
  }, 60_000);
});

describe("npm run validate on many files", () => {
  it("parses them on every core into the cache, and reports as one thread parsing alone does", () => {
    // Enough roles for the threads to share the parsing (scripts/validate.ts): one does not parse, one has a placeholder.
    const roles = Object.fromEntries(Array.from({ length: 220 }, (_, i) => [`roles/role-${i}.md`, roleFile({ title: `Role ${i}`, aliases: "[]" })]));
    roles["roles/role-9.md"] = roles["roles/role-9.md"]!.replace(/^summary: .*$/m, 'summary: "TODO: Say in one sentence what the role is for."');
    roles["roles/role-11.md"] = roles["roles/role-11.md"]!.replace("family: product-management", "family: delivry");
    const target = folder(roles);
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), "team-roles-cache-"));
    dirs.push(cache);
    const run = (command: string, args: string[], cacheDir: string) => {
      const r = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, CONTENT_DIR: target, CONTENT_CACHE_DIR: cacheDir }, encoding: "utf8" });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const shared = run("npm", ["run", "--silent", "validate"], cache);
    expect(shared.status).toBe(1);
    expect(shared.stderr).toMatch(/^1 content problem found:\n\n {2}.*role-11\.md:5: family: "delivry" is not allowed/);
    expect(shared.stderr).toMatch(/role-9\.md:3: summary: still holds a placeholder/);
    // Run from its source, the script parses alone, without the cache.
    expect(run("npx", ["tsx", "scripts/validate.ts"], path.join(cache, "none"))).toEqual(shared);
    // Every file that parses was kept (the four in every fixture folder too), so a second run parses only the one that does not, and says the same.
    const version = fs.readdirSync(cache)[0]!;
    expect(fs.readdirSync(path.join(cache, version))).toHaveLength(Object.keys(roles).length + 4 - 1);
    expect(run("npm", ["run", "--silent", "validate"], cache)).toEqual(shared);
  }, 180_000);
});

describe("placeholders", () => {
  it("are warnings at their lines, naming the field or section and saying what to write", () => {
    const text = [
      "---",
      'title: "TODO: Name the role."',
      "dimensions:",
      '  focus: "TODO: Say what it pays attention to"',
      "---",
      "",
      "## Works with",
      "",
      "- **TODO: Name a role**: TODO: Say how they work together.",
      "",
      "Nothing to do here: not a placeholder.",
    ].join("\n");
    expect(placeholderWarnings("x.md", text).map(formatError)).toEqual([
      'x.md:2: title: still holds a placeholder ("TODO: …"). Name the role.',
      'x.md:4: dimensions.focus: still holds a placeholder ("TODO: …"). Say what it pays attention to.',
      'x.md:9: ## Works with: still holds a placeholder ("TODO: …"). Name a role. Say how they work together.',
    ]);
  });

  it("leave a file without the marker alone", () => {
    expect(placeholderWarnings("x.md", roleFile())).toEqual([]);
  });
});
