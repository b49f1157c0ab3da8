import { describe, expect, it } from "vitest";
import { type ContentError, type Result, formatError } from "@/lib/content/errors";
import { parseArea } from "@/lib/content/parse-area";
import { parseComparison } from "@/lib/content/parse-comparison";
import { parseLadder } from "@/lib/content/parse-ladder";
import { parseRole } from "@/lib/content/parse-role";
import { parseTeam } from "@/lib/content/parse-team";
import { contentWarnings, linkContent } from "@/lib/model/link";
import type { ContentModel, ParsedContent } from "@/lib/model/types";
import type { Audience } from "@/lib/model/visibility";
import { FIXTURE_AREAS, PO_RULINGS, areaFile, comparisonFile, ladderFile, parsedContent, roleFile, rulingsYaml, scrumMasterFile, teamFile } from "./fixtures";

/*
 * Internal content (issue 18): `visibility: internal` keeps a page out of the public model, and a
 * public page may not name or link an internal one, whoever the build is for.
 */

function valueOf<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
  return r.value;
}
const INTERNAL = "visibility: internal";
/** The line of the first line of `text` that contains `needle`, counted from 1. */
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

const roleAt = (slug: string, text: string) => valueOf(parseRole(`content/roles/${slug}.md`, slug, text));
const PM_FILE = roleFile({
  title: "Product Manager",
  aliases: "[PM]",
  worksWith: "- **Product Owner**: Agrees the priorities.",
  responsibilities: "- **Roadmap** `product-backlog: C`: Advises on the order of the backlog.",
});
const DELIVERY_LEAD_FILE = roleFile({
  title: "Delivery Lead",
  aliases: "[DL]",
  extraFrontMatter: INTERNAL,
  worksWith: "- **Product Owner**: Plans releases together.",
  responsibilities: "- **Release plan** `product-backlog: R`: Plans releases.\n- **Vetting** `security: R`: Checks clearances.",
});
const po = (o: Parameters<typeof roleFile>[0] = {}) => roleAt("product-owner", roleFile(o));
const pm = () => roleAt("product-manager", PM_FILE);
const sm = () => roleAt("scrum-master", scrumMasterFile());
const deliveryLead = () => roleAt("delivery-lead", DELIVERY_LEAD_FILE);

const securityArea = (visibility = INTERNAL) =>
  valueOf(parseArea("content/areas/security.md", "security", areaFile({ title: "Security clearance", label: "Security", order: 3, extra: `${visibility}\n` })));
const comparison = (slug: string, text: string) => valueOf(parseComparison(`content/comparisons/${slug}.md`, slug, text));
const ladder = (slug: string, text: string) => valueOf(parseLadder(`content/ladders/${slug}.md`, slug, text));
const team = (slug: string, text: string) => valueOf(parseTeam(`content/teams/${slug}.md`, slug, text));
const withFront = (text: string, line: string) => text.replace("updated: 2026-11-23", `updated: 2026-11-23\n${line}`);

/** Rulings on the public areas, and on the internal one, which only an internal team shape may name. */
const SECURITY_OUTSIDE = "outside: Vetting is done outside this team, by the security office.";
const withSecurity = (more: Record<string, string> = {}) =>
  rulingsYaml({ "product-backlog": "accountable: product-owner", "accepting-work": "accountable: product-owner", security: SECURITY_OUTSIDE, ...more });
const insideTeam = (more: Record<string, string> = {}) => withFront(teamFile(`roles: [product-owner, delivery-lead]\n${withSecurity(more)}`), INTERNAL);

/** A site with one of everything internal: a role, an area, a comparison, a ladder and a team shape. */
function site(o: Partial<ParsedContent> = {}): ParsedContent {
  return parsedContent({
    roles: [po(), pm(), sm(), deliveryLead()],
    areas: [...FIXTURE_AREAS, securityArea()],
    comparisons: [comparison("product-manager-vs-product-owner", withFront(comparisonFile(), INTERNAL))],
    ladders: [ladder("delivery", withFront(ladderFile("[product-owner, delivery-lead]"), INTERNAL))],
    // A public team shape answers for the public areas only: it cannot name the internal one.
    teams: [team("inside", insideTeam()), team("product", teamFile(`roles: [product-owner, product-manager]\n${PO_RULINGS}`))],
    ...o,
  });
}

const slugsOf = (m: ContentModel) => ({
  roles: m.roles.map((r) => r.slug),
  areas: m.areas.map((a) => a.slug),
  comparisons: m.comparisons.map((c) => c.slug),
  ladders: m.ladders.map((l) => l.slug),
  teams: m.teams.map((t) => t.slug),
});

describe("the model for each audience", () => {
  it("leaves every internal role, area, comparison, ladder and team shape out of the public model", () => {
    expect(slugsOf(valueOf(linkContent(site())))).toEqual({
      roles: ["product-manager", "product-owner", "scrum-master"],
      areas: ["product-backlog", "accepting-work"],
      comparisons: [],
      ladders: [],
      teams: ["product"],
    });
  });

  it("keeps them all in the internal model, each marked internal", () => {
    const m = valueOf(linkContent(site(), "internal" satisfies Audience));
    expect(slugsOf(m)).toEqual({
      roles: ["delivery-lead", "product-manager", "product-owner", "scrum-master"],
      areas: ["product-backlog", "accepting-work", "security"],
      comparisons: ["product-manager-vs-product-owner"],
      ladders: ["delivery"],
      teams: ["inside", "product"],
    });
    expect(m.roles.find((r) => r.slug === "delivery-lead")?.visibility).toBe("internal");
    expect(m.roles.find((r) => r.slug === "product-owner")?.visibility).toBe("public");
  });

  it("keeps the parser's lines and links out of the model, which the open data publishes", () => {
    const m = valueOf(linkContent(site(), "internal"));
    for (const item of [...m.roles, ...m.comparisons, ...m.ladders, ...m.areas, ...m.teams]) {
      expect(Object.keys(item)).not.toContain("links");
      expect(Object.keys(item)).not.toContain("lines");
    }
  });

  it("does not ask a public role to name an internal one back in Works with, but still asks a public one", () => {
    const m = valueOf(linkContent(site({ roles: [po(), pm(), sm(), deliveryLead()] }), "internal"));
    // The delivery lead names the product owner, who cannot link back; the product manager's one-way link is still a warning.
    expect(contentWarnings(m).map(formatError)).toEqual([
      `content/roles/product-owner.md: ## Works with: content/roles/product-manager.md says the Product Manager works with the Product Owner, but this page does not name the Product Manager (or another rung of its ladder). Add "- **Product Manager**: …", or remove the link there if it only goes one way.`,
    ]);
    expect(contentWarnings(m).every((w) => w.severity === "warning")).toBe(true);
  });
});

/** The problems of a site, the same in both audiences. */
function problems(content: ParsedContent): string[] {
  const [pub, internal] = (["public", "internal"] as const).map((audience) => {
    const r = linkContent(content, audience);
    return r.ok ? [] : r.errors.map((e: ContentError) => formatError(e));
  });
  expect(internal).toEqual(pub);
  return pub!;
}
const msg = (name: string, file: string, fix = "remove the link") =>
  `"${name}" is internal (${file}), so this public page cannot link to it. Make this page internal too, or ${fix}.`;
const DL = "content/roles/delivery-lead.md";
const PO = "content/roles/product-owner.md";

describe("a public page that names or links an internal one", () => {
  it("is valid when nothing public names an internal page", () => {
    expect(problems(site())).toEqual([]);
  });

  it("reports a related role, naming both files and the line", () => {
    const text = roleFile({ related: "[scrum-master, delivery-lead]" });
    expect(problems(site({ roles: [roleAt("product-owner", text), pm(), sm(), deliveryLead()] }))).toEqual([
      `${PO}:${lineOf(text, "related:")}: related[1]: ${msg("delivery-lead", DL)}`,
    ]);
  });

  it("reports builds_on", () => {
    const text = roleFile({ buildsOn: "delivery-lead" });
    expect(problems(site({ roles: [roleAt("product-owner", text), pm(), sm(), deliveryLead()], ladders: [] }))).toEqual([
      `${PO}:${lineOf(text, "builds_on:")}: builds_on: ${msg("delivery-lead", DL, "remove builds_on")}`,
    ]);
  });

  it("reports an item that grows from an internal role's item", () => {
    const text = roleFile({ extraFrontMatter: "grows_from:\n  backlog-management: delivery-lead#release-plan\n" });
    const internalLadder = ladder("delivery", withFront(ladderFile("[delivery-lead, product-owner]"), INTERNAL));
    expect(problems(site({ roles: [roleAt("product-owner", text), pm(), sm(), deliveryLead()], ladders: [internalLadder] }))).toEqual([
      `${PO}:${lineOf(text, "backlog-management:")}: grows_from.backlog-management: ${msg("delivery-lead", DL, "remove the entry")}`,
    ]);
  });

  it("reports a Works with item, whichever name it uses", () => {
    const text = roleFile({ worksWith: "- **Scrum Master**: Gets coaching.\n- **DL**: Plans releases." });
    expect(problems(site({ roles: [roleAt("product-owner", text), pm(), sm(), deliveryLead()] }))).toEqual([
      `${PO}:${lineOf(text, "**DL**")}: ## Works with: ${msg("DL", DL, "remove the item")}`,
    ]);
  });

  it("reports a responsibility tagged with an internal area", () => {
    const text = roleFile({
      responsibilities:
        "- **Backlog management** `product-backlog: A`: Orders it.\n- **Acceptance** `accepting-work: A`: Accepts it.\n- **Vetting** `security: C`: Is asked.",
    });
    const content = site({ roles: [roleAt("product-owner", text), pm(), sm(), deliveryLead()] });
    expect(problems(content)).toEqual([
      `${PO}:${lineOf(text, "**Vetting**")}: ## Responsibilities: ${msg("security", "content/areas/security.md", 'tag "Vetting" with a public area')}`,
    ]);
  });

  it("reports a public comparison of an internal role", () => {
    const text = `---
title: Product Owner vs Delivery Lead
summary: The product owner orders the backlog; the delivery lead plans the releases.
roles: [product-owner, delivery-lead]
sources:
  - title: Seed
updated: 2026-11-23
---

## Key differences

| Dimension | Product Owner | Delivery Lead |
| --- | --- | --- |
| Focus | Backlog. | Releases. |
`;
    const file = "content/comparisons/product-owner-vs-delivery-lead.md";
    expect(problems(site({ comparisons: [comparison("product-owner-vs-delivery-lead", text)] }))).toEqual([
      `${file}:4: roles[1]: ${msg("delivery-lead", DL, "compare two public roles")}`,
    ]);
  });

  it("reports an internal rung on a public ladder", () => {
    const text = ladderFile("\n  - product-owner\n  - delivery-lead");
    expect(problems(site({ ladders: [ladder("delivery", text)] }))).toEqual([
      `content/ladders/delivery.md:${lineOf(text, "- delivery-lead")}: rungs[1]: ${msg("delivery-lead", DL, "remove the rung")}`,
    ]);
  });

  it("reports a public team shape with an internal role, and one that names an internal area", () => {
    const withRole = teamFile(`roles: [product-owner, delivery-lead]\n${PO_RULINGS}`);
    const withArea = teamFile(`roles: [product-owner, product-manager]\n${withSecurity()}`);
    expect(problems(site({ teams: [team("with-role", withRole), team("with-area", withArea)] }))).toEqual([
      `content/teams/with-role.md:4: roles[1]: ${msg("delivery-lead", DL, "remove the role from the team")}`,
      `content/teams/with-area.md:${lineOf(withArea, "  security:")}: rulings.security: ${msg("security", "content/areas/security.md", "remove the ruling")}`,
    ]);
  });

  it("reports an area whose sources differ about an internal role", () => {
    const extra = `differ:
  - roles: [product-owner, delivery-lead]
    note: The Scrum Guide and the delivery handbook disagree about who plans releases.
    sources:
      - title: The Scrum Guide (2020)
`;
    const text = areaFile({ title: "Releases", label: "Releases", order: 4, extra });
    const releases = valueOf(parseArea("content/areas/releases.md", "releases", text));
    // Only the internal team shape, which must rule on every area, this one too.
    const inside = team("inside", insideTeam({ releases: "outside: Releases are planned by the release office, outside this team." }));
    expect(problems(site({ areas: [...FIXTURE_AREAS, securityArea(), releases], teams: [inside] }))).toEqual([
      `content/areas/releases.md:${lineOf(text, "- roles:")}: differ[0].roles[1]: ${msg("delivery-lead", DL, "remove the role")}`,
    ]);
  });

  it("reports a link in the prose to an internal page: the role, an alias of it, a pair with it, a ladder, a team shape, an area", () => {
    const responsibilities = [
      "- **Backlog management** `product-backlog: A`: Orders it with the [delivery lead](/roles/delivery-lead#release-plan).",
      "- **Acceptance testing** `accepting-work: A`: Accepts stories ([the DL](/roles/dl/), [compared](/compare/product-owner-vs-delivery-lead)).",
      "- **Planning** `product-backlog: R`: Follows the [ladder](/ladders/delivery) and the [team](/teams/inside).",
    ].join("\n");
    const text = roleFile({ responsibilities });
    const line = (needle: string) => lineOf(text, needle);
    expect(problems(site({ roles: [roleAt("product-owner", text), pm(), sm(), deliveryLead()] }))).toEqual([
      `${PO}:${line("[delivery lead]")}: link to /roles/delivery-lead#release-plan: ${msg("delivery-lead", DL)}`,
      `${PO}:${line("[the DL]")}: link to /roles/dl/: ${msg("delivery-lead", DL)}`,
      `${PO}:${line("[the DL]")}: link to /compare/product-owner-vs-delivery-lead: ${msg("delivery-lead", DL)}`,
      `${PO}:${line("[ladder]")}: link to /ladders/delivery: ${msg("delivery", "content/ladders/delivery.md")}`,
      `${PO}:${line("[ladder]")}: link to /teams/inside: ${msg("inside", "content/teams/inside.md")}`,
    ]);
  });

  it("reports a reference-style link in a ladder, area or team shape's prose", () => {
    const text = ladderFile().replace("Each step moves", "Each step, and [vetting][v], moves") + "\n[v]: /responsibilities/security\n";
    const product = ladder("product-management", text.replace("[associate-product-manager, product-manager]", "[product-owner, product-manager]"));
    expect(problems(site({ ladders: [product] }))).toEqual([
      `content/ladders/product-management.md:${lineOf(text, "[v]:")}: link to /responsibilities/security: ${msg("security", "content/areas/security.md")}`,
    ]);
  });

  it("lets an internal page name and link public and internal pages alike", () => {
    const text = roleFile({
      title: "Delivery Lead",
      aliases: "[DL]",
      extraFrontMatter: INTERNAL,
      related: "[product-owner]",
      worksWith: "- **Product Owner**: Plans releases with the [product owner](/roles/product-owner).",
      responsibilities: "- **Vetting** `security: R`: Checks clearances, as the [inside team](/teams/inside) agreed.",
    });
    expect(problems(site({ roles: [po(), pm(), sm(), roleAt("delivery-lead", text)] }))).toEqual([]);
  });
});
