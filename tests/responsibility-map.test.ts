import { describe, expect, it } from "vitest";
import { formatError } from "@/lib/content/errors";
import { type ContentModel, linkContent } from "@/lib/model/link";
import { parseArea } from "@/lib/content/parse-area";
import { parseRole } from "@/lib/content/parse-role";
import { parseTeam } from "@/lib/content/parse-team";
import { yourTeamCss } from "@/components/your-team-css";
import { levelsByArea } from "@/lib/responsibilities/raci";
import { coverage, coverageConditions, roleInTeams } from "@/lib/responsibilities/map";
import { FIXTURE_AREAS, areaFile, parsedContent, roleFile, teamFile } from "./fixtures";

const role = (slug: string, title: string, responsibilities: string, worksWith = "- **Scrum Master**: Coaches.") => {
  const r = parseRole(`content/roles/${slug}.md`, slug, roleFile({ title, aliases: "[]", responsibilities, worksWith }));
  if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
  return r.value;
};
const pm = role(
  "product-manager",
  "Product Manager",
  "- **Orders the backlog** `product-backlog: A`: Orders it.\n- **Accepts work** `accepting-work: A`: Accepts it.",
);
const po = role("product-owner", "Product Owner", "- **Owns the backlog** `product-backlog: A`: Orders it.\n- **Checks work** `accepting-work: R`: Checks it.");
const sm = role("scrum-master", "Scrum Master", "- **Coaches refinement** `product-backlog: C`: Coaches.", "- **Product Owner**: Helps.");

const team = (front: string) => {
  const r = parseTeam("content/teams/both.md", "both", teamFile(front));
  if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
  return r.value;
};
const backlogDiffer = (roles = "[product-manager, product-owner]") => {
  const r = parseArea(
    "content/areas/product-backlog.md",
    "product-backlog",
    areaFile({
      extra: `differ:
  - roles: ${roles}
    note: GOV.UK gives the backlog to the product manager; the Scrum Guide gives it to the product owner.
    sources:
      - title: The Scrum Guide (2020)
        url: https://scrumguides.org/scrum-guide.html
`,
    }),
  );
  if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
  return [r.value, FIXTURE_AREAS[1]!];
};
const check = (teams: ReturnType<typeof team>[], areas = FIXTURE_AREAS) => {
  const r = linkContent(parsedContent({ roles: [pm, po, sm], areas, teams }));
  return r.ok ? { model: r.value, errors: [] } : { model: undefined, errors: r.errors.map(formatError) };
};
const ROLES = "roles: [product-manager, product-owner, scrum-master]";

describe("the responsibility map's consistency checks", () => {
  it("accepts a team where every area has one accountable role", () => {
    expect(check([team(`${ROLES}\naccountable:\n  product-backlog: product-owner`)], backlogDiffer()).errors).toEqual([]);
  });

  it("reports two roles that both claim A in a team, naming both files and lines", () => {
    expect(check([team(ROLES)]).errors).toEqual([
      'content/teams/both.md:4: roles: Product Manager (content/roles/product-manager.md:24) and Product Owner (content/roles/product-owner.md:24) are all accountable (A) for "Ordering the product backlog". Choose one under accountable (e.g. `product-backlog: product-manager`).',
    ]);
  });

  it("reports an area no one in the team answers for, with both fixes", () => {
    expect(check([team("roles: [product-owner, scrum-master]")]).errors).toEqual([
      'content/teams/both.md:4: roles: no role in this team is accountable (A) for "Accepting work as done". Name one under accountable (e.g. `accepting-work: product-owner`), or say why no one is under no_accountable.',
    ]);
  });

  it("reports a role page that contradicts the team's choice, naming both files and lines, unless the sources differ is recorded", () => {
    const t = team(`${ROLES}\naccountable:\n  product-backlog: product-owner`);
    expect(check([t]).errors).toEqual([
      'content/roles/product-manager.md:24: ## Responsibilities: "Orders the backlog" makes the Product Manager accountable (A) for "Ordering the product backlog", but content/teams/both.md:6 gives that to the Product Owner in the team shape "Product manager and product owner". Change the level here, or record that the sources differ under differ in content/areas/product-backlog.md (roles: [product-manager, product-owner]), with the sources.',
    ]);
    expect(check([t], backlogDiffer("[product-manager, scrum-master]")).errors).toHaveLength(1);
    expect(check([t], backlogDiffer()).errors).toEqual([]);
  });

  it("treats a team's no_accountable as a decision that a page's A contradicts", () => {
    const t = team(
      `${ROLES}\naccountable:\n  product-backlog: product-owner\nno_accountable:\n  accepting-work: The whole team agrees the definition of done together.`,
    );
    expect(check([t], backlogDiffer()).errors).toEqual([
      'content/roles/product-manager.md:25: ## Responsibilities: "Accepts work" makes the Product Manager accountable (A) for "Accepting work as done", but content/teams/both.md:8 says no role is accountable for it in the team shape "Product manager and product owner". Change the level here, or record that the sources differ under differ in content/areas/accepting-work.md (roles: [product-manager, …]), with the sources.',
    ]);
  });

  it("reports unknown areas and roles in a team file with the likely fix", () => {
    expect(check([team("roles: [product-manager, product-ownr]")]).errors).toEqual([
      'content/teams/both.md:4: roles.1: no role "product-ownr" (did you mean "product-owner"?). Use the file name of a role in content/roles, without .md.',
    ]);
    expect(check([team(`${ROLES}\naccountable:\n  product-backlg: scrum-master\n  accepting-work: sponsor`)]).errors).toEqual([
      'content/teams/both.md:6: accountable.product-backlg: no area "product-backlg" (did you mean "product-backlog"?). Use the file name of an area in content/areas, without .md.',
      'content/teams/both.md:7: accountable.accepting-work: "sponsor" is not in this team. Choose one of its roles: product-manager, product-owner, scrum-master.',
    ]);
  });

  it("reports a responsibility tagged with an area that does not exist", () => {
    const bad = role("delivery-manager", "Delivery Manager", "- **Clears blockers** `impedments: A`: Clears them.");
    const r = linkContent(parsedContent({ roles: [pm, po, sm, bad] }));
    expect(r.ok ? [] : r.errors.map(formatError)).toEqual([
      'content/roles/delivery-manager.md:24: ## Responsibilities: "Clears blockers": no area "impedments". Use the file name of an area in content/areas, without .md.',
    ]);
  });
});

describe("coverage", () => {
  const model = check([team(`${ROLES}\naccountable:\n  product-backlog: product-owner`)], backlogDiffer()).model as ContentModel;
  const byArea = (c: ReturnType<typeof coverage>) =>
    Object.fromEntries(c.map((x) => [x.area.slug, { a: x.accountable.map((r) => r.slug), gap: x.gap, overlap: x.overlap }]));

  it("shows a gap where no role is responsible or accountable, and an overlap where two are accountable", () => {
    expect(byArea(coverage(model, ["scrum-master"]))).toEqual({
      "product-backlog": { a: [], gap: true, overlap: false },
      "accepting-work": { a: [], gap: true, overlap: false },
    });
    expect(byArea(coverage(model, ["product-manager", "product-owner"]))).toEqual({
      "product-backlog": { a: ["product-manager", "product-owner"], gap: false, overlap: true },
      "accepting-work": { a: ["product-manager"], gap: false, overlap: false },
    });
  });

  it("applies a team shape's decision: the page's A yields to the team's choice and does the work", () => {
    const t = model.teams[0]!;
    const c = coverage(model, t.roles, t).find((x) => x.area.slug === "product-backlog")!;
    expect(c.accountable.map((r) => r.slug)).toEqual(["product-owner"]);
    expect(c.parts.map((p) => [p.role.slug, p.level, p.pageLevel])).toEqual([
      ["product-owner", "A", "A"],
      ["product-manager", "R", "A"],
      ["scrum-master", "C", "C"],
    ]);
    expect(c.differ).toHaveLength(1);
  });

  it("tells a role where a team shape makes it yield, with the recorded disagreement", () => {
    const [inTeam] = roleInTeams(
      model,
      model.roles.find((r) => r.slug === "product-manager")!,
    );
    expect(inTeam!.yields.map((y) => [y.area.slug, y.to.map((r) => r.slug), y.differ.length])).toEqual([["product-backlog", ["product-owner"], 1]]);
    expect(inTeam!.accountableFor.map((a) => a.slug)).toEqual(["accepting-work"]);
  });

  it("reduces to conditions the no-JavaScript page can test: the same answers as coverage for every subset", () => {
    const conditions = coverageConditions(model);
    const slugs = model.roles.map((r) => r.slug);
    for (let mask = 0; mask < 1 << slugs.length; mask++) {
      const picked = slugs.filter((_, i) => mask & (1 << i));
      for (const c of coverage(model, picked)) {
        const cond = conditions.find((x) => x.area === c.area.slug)!;
        expect(c.gap).toBe(!cond.doers.some((s) => picked.includes(s)));
        expect(c.overlap).toBe(cond.accountable.filter((s) => picked.includes(s)).length > 1);
      }
    }
  });

  it("takes a role's level in an area as its strongest tag", () => {
    expect(
      levelsByArea([
        { area: "x", level: "C" },
        { area: "x", level: "A" },
        { area: "x", level: "R" },
      ]).get("x"),
    ).toBe("A");
  });
});

describe("the your-team stylesheet", () => {
  it("shows a team shape's note only when exactly its roles are ticked", () => {
    const css = yourTeamCss(["a", "b", "c"], [], [{ slug: "ab", roles: ["a", "b"] }]);
    expect(css).toContain(".yt:has(#yt-a:checked):has(#yt-b:checked):not(:has(#yt-c:checked)) #yt-shape-ab{display:block}");
  });
});

describe("team shape addresses", () => {
  it("keeps /teams/yours for the your-team page", () => {
    const t = parseTeam("content/teams/yours.md", "yours", teamFile(ROLES));
    if (!t.ok) throw new Error(t.errors.map(formatError).join("\n"));
    expect(check([t.value]).errors).toEqual(['content/teams/yours.md: the address /teams/yours is the "your team" page. Rename the file, e.g. yours-team.md.']);
  });
});
