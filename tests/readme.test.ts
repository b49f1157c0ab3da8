import fs from "node:fs";
import path from "node:path";
import type { Code, Root, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { formatError } from "@/lib/content/errors";
import { AREA_SECTIONS, parseArea } from "@/lib/content/parse-area";
import { parseComparison } from "@/lib/content/parse-comparison";
import { LADDER_SECTIONS, parseLadder } from "@/lib/content/parse-ladder";
import { parseRole } from "@/lib/content/parse-role";
import { parseSite } from "@/lib/content/parse-site";
import { TEAM_SECTIONS, parseTeam } from "@/lib/content/parse-team";
import { ROLE_FILE_SECTIONS, ROLE_PAGE_SECTIONS } from "@/lib/content/role-sections";
import {
  RULING_FIELDS,
  areaFrontMatterSchema,
  comparisonFrontMatterSchema,
  ladderFrontMatterSchema,
  roleFrontMatterSchema,
  siteFileSchema,
  teamFrontMatterSchema,
} from "@/lib/content/schema";

/*
 * The README is the front door and docs/authoring.md the content author's only guide: their
 * examples must be files lib/ accepts, the guide's field tables must list exactly the fields the
 * schemas accept, and every link between them must lead somewhere.
 */
const ROOT = path.resolve(import.meta.dirname, "..");
const DOCS = ["README.md", ...fs.readdirSync(path.join(ROOT, "docs")).map((f) => `docs/${f}`)].filter((f) => f.endsWith(".md"));
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const parse = (text: string): Root => remark().use(remarkGfm).parse(text);

/** Each heading's text, with the code blocks and tables directly under it (before the next heading of any level). */
function sections(text: string): Map<string, { code: Code[]; tables: Table[] }> {
  const map = new Map<string, { code: Code[]; tables: Table[] }>();
  let current = { code: [] as Code[], tables: [] as Table[] };
  for (const node of parse(text).children) {
    if (node.type === "heading") map.set(toString(node), (current = { code: [], tables: [] }));
    else if (node.type === "code") current.code.push(node);
    else if (node.type === "table") current.tables.push(node);
  }
  return map;
}

const readme = read("README.md");
const guide = read("docs/authoring.md");
const guideSections = sections(guide);

function section(heading: string, in_ = guideSections) {
  const s = in_.get(heading);
  if (!s) throw new Error(`no heading "${heading}"`);
  return s;
}
function example(heading: string, in_ = guideSections): string {
  const code = section(heading, in_).code.find((c) => c.lang === "markdown");
  if (!code) throw new Error(`no example under ${heading}`);
  return code.value;
}
/** A field table's rows: the names in backticks in each row's first cell, with the row's second cell. */
function tableRows(heading: string): { names: string[]; second: string }[] {
  const table = section(heading).tables[0];
  if (!table) throw new Error(`no table under ${heading}`);
  return table.children.slice(1).map((row) => {
    const names: string[] = [];
    visit(row.children[0]!, "inlineCode", (c) => void names.push(c.value));
    return { names, second: toString(row.children[1]!) };
  });
}
const documented = (heading: string) => tableRows(heading).flatMap((r) => r.names);

const problems = (r: { ok: true } | { ok: false; errors: Parameters<typeof formatError>[0][] }) => (r.ok ? [] : r.errors.map(formatError));

describe("the author guide's examples", () => {
  it("the role example is a valid role", () => {
    expect(problems(parseRole("content/roles/product-owner.md", "product-owner", example("A role file")))).toEqual([]);
  });
  it("the comparison example is a valid comparison", () => {
    expect(problems(parseComparison("x.md", "product-manager-vs-product-owner", example("A comparison file")))).toEqual([]);
  });
  it("the ladder example is a valid ladder", () => {
    expect(problems(parseLadder("x.md", "product-management", example("A ladder file")))).toEqual([]);
  });
  it("the area example is a valid area", () => {
    expect(problems(parseArea("content/areas/product-backlog.md", "product-backlog", example("An area file")))).toEqual([]);
  });
  it("the team shape example is a valid team shape", () => {
    expect(problems(parseTeam("content/teams/scrum-team.md", "scrum-team", example("A team shape file")))).toEqual([]);
  });
  it("the site file example is a valid site file", () => {
    const yaml = section("The site file").code.find((c) => c.lang === "yaml")?.value;
    expect(problems(parseSite("content/site.yml", yaml ?? ""))).toEqual([]);
  });
});

describe("the README", () => {
  it("is a short front door: at most 160 lines", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(160);
  });
  it("its role example is a valid role", () => {
    expect(problems(parseRole("content/roles/user-researcher.md", "user-researcher", example("Writing a role", sections(readme))))).toEqual([]);
  });
  it("keeps the two quick-start commands", () => {
    const quickStart = section("Quick start", sections(readme)).code[0]?.value ?? "";
    expect(quickStart).toMatch(/^npm run serve\b/m);
    expect(quickStart).toMatch(/^npm test\b/m);
  });
});

describe("the author guide's field tables", () => {
  it("documents exactly the front-matter fields a role accepts, no more and no fewer", () => {
    expect(documented("Front matter fields").sort()).toEqual(Object.keys(roleFrontMatterSchema.shape).sort());
  });
  it("documents every front-matter field of a role, an area and a team shape", () => {
    for (const key of Object.keys(roleFrontMatterSchema.shape)) expect(guide).toMatch(new RegExp(`^\\| \`${key}\` +\\|`, "m"));
    for (const key of Object.keys(areaFrontMatterSchema.shape)) expect(guide).toMatch(new RegExp(`^\\| \`${key}\` +\\|`, "m"));
    for (const key of Object.keys(teamFrontMatterSchema.shape)) expect(guide).toMatch(new RegExp(`^\\| [^|]*\`${key}\``, "m"));
  });
  it.each([
    ["A comparison file", comparisonFrontMatterSchema],
    ["A ladder file", ladderFrontMatterSchema],
    ["An area file", areaFrontMatterSchema],
    ["A team shape file", teamFrontMatterSchema],
    ["The site file", siteFileSchema],
  ])("under %s, documents exactly the fields the schema accepts", (heading, schema) => {
    expect(documented(heading).sort()).toEqual(Object.keys(schema.shape).sort());
  });
  it("documents exactly the fields a team shape's ruling accepts", () => {
    expect(documented("Rulings").sort()).toEqual([...RULING_FIELDS].sort());
  });
  it("lists exactly the sections a role file may have, and which are required", () => {
    const rows = tableRows("Body sections").map((r) => [r.names.join(), r.second.trim()]);
    expect(rows).toEqual(ROLE_FILE_SECTIONS.map((k) => [ROLE_PAGE_SECTIONS[k].heading, ROLE_PAGE_SECTIONS[k].required ? "yes" : "no"]));
  });
  it("names every section of a ladder, an area and a team shape file", () => {
    for (const s of [...LADDER_SECTIONS, ...AREA_SECTIONS, ...TEAM_SECTIONS]) expect(guide).toContain(`\`## ${s.heading}\``);
  });
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");

describe("links in the README and docs/", () => {
  const headingIds = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let ids = headingIds.get(file);
    if (!ids) {
      const found = new Set<string>();
      visit(parse(read(file)), "heading", (h) => void found.add(anchor(toString(h))));
      headingIds.set(file, (ids = found));
    }
    return ids;
  };
  it.each(DOCS)("every relative link in %s leads to a file in the project, and to a heading there", (file) => {
    const urls: string[] = [];
    visit(parse(read(file)), ["link", "definition"], (n) => {
      if (n.type === "link" || n.type === "definition") urls.push(n.url);
    });
    const broken = urls
      .filter((url) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url))
      .filter((url) => {
        const [target = "", hash] = url.split("#");
        const resolved = target ? path.resolve(ROOT, path.dirname(file), decodeURIComponent(target)) : path.join(ROOT, file);
        const inProject = !path.relative(ROOT, resolved).startsWith("..");
        if (!inProject || !fs.existsSync(resolved)) return true;
        return hash !== undefined && resolved.endsWith(".md") && !anchors(path.relative(ROOT, resolved)).has(hash);
      });
    expect(urls.length).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});
