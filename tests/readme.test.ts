import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { formatError } from "@/lib/errors";
import { parseComparison } from "@/lib/parse-comparison";
import { parseLadder } from "@/lib/parse-ladder";
import { parseRole } from "@/lib/parse-role";
import { parseArea } from "@/lib/parse-area";
import { parseTeam } from "@/lib/parse-team";
import { areaFrontMatterSchema, roleFrontMatterSchema, teamFrontMatterSchema } from "@/lib/schema";

/* The README is the content author's only guide: its examples must be files lib/ accepts. */
const readme = fs.readFileSync("README.md", "utf8");
function example(heading: string): string {
  const after = readme.slice(readme.indexOf(heading));
  const m = /```markdown\n([\s\S]*?)\n```/.exec(after);
  if (!m?.[1]) throw new Error(`no example after ${heading}`);
  return m[1];
}
const problems = (r: { ok: true } | { ok: false; errors: Parameters<typeof formatError>[0][] }) => (r.ok ? [] : r.errors.map(formatError));

describe("the README's examples", () => {
  it("the role example is a valid role", () => {
    expect(problems(parseRole("content/roles/product-owner.md", "product-owner", example("### A role file")))).toEqual([]);
  });
  it("the comparison example is a valid comparison", () => {
    expect(problems(parseComparison("x.md", "product-manager-vs-product-owner", example("### A comparison file")))).toEqual([]);
  });
  it("the ladder example is a valid ladder", () => {
    expect(problems(parseLadder("x.md", "product-management", example("### A ladder file")))).toEqual([]);
  });
  it("the area example is a valid area", () => {
    expect(problems(parseArea("content/areas/product-backlog.md", "product-backlog", example("#### An area file")))).toEqual([]);
  });
  it("the team shape example is a valid team shape", () => {
    expect(problems(parseTeam("content/teams/scrum-team.md", "scrum-team", example("#### A team shape file")))).toEqual([]);
  });
  it("documents exactly the front-matter fields a role accepts, no more and no fewer", () => {
    const table = readme.slice(readme.indexOf("#### Front matter fields"), readme.indexOf("#### Body sections"));
    const documented = [...table.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(roleFrontMatterSchema.shape).sort());
  });
  it("documents every front-matter field of a role, an area and a team shape", () => {
    for (const key of Object.keys(roleFrontMatterSchema.shape)) expect(readme).toContain(`| \`${key}\` |`);
    for (const key of Object.keys(areaFrontMatterSchema.shape)) expect(readme).toContain(`| \`${key}\` |`);
    for (const key of Object.keys(teamFrontMatterSchema.shape)) expect(readme).toMatch(new RegExp(`\\| [^|]*\`${key}\``));
  });
});
