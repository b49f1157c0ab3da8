import { linkContent } from "@/lib/model/link";
import type { ContentModel, ParsedContent } from "@/lib/model/types";
import { parseRole } from "@/lib/content/parse-role";
import { formatError } from "@/lib/content/errors";
import type { ParsedRole } from "@/lib/content/schema";
import { parseArea } from "@/lib/content/parse-area";
import { type SearchDoc, nameKeys } from "@/lib/site/search";

/** Builds a valid role file, with overrides, so each test states only what it changes. */
export interface RoleFixture {
  frontMatter?: string;
  extraFrontMatter?: string;
  body?: string;
  title?: string;
  related?: string;
  aliases?: string;
  buildsOn?: string;
  worksWith?: string;
  responsibilities?: string;
}

/** Tags untagged responsibilities `product-backlog: R`, so tests about other things need not spell tags out. */
const tagged = (items: string) => items.replace(/^(- \*\*[^*]+\*\*):/gm, "$1 `product-backlog: R`:");

export function roleFile(o: RoleFixture = {}): string {
  const fm =
    o.frontMatter ??
    `title: ${o.title ?? "Product Owner"}
summary: Represents the customer and orders the product backlog for the team.
aliases: ${o.aliases ?? "[PO]"}
family: product-management
related: ${o.related ?? "[]"}
${o.buildsOn ? `builds_on: ${o.buildsOn}\n` : ""}sources:
  - title: The Scrum Guide (2020)
    url: https://scrumguides.org/scrum-guide.html
updated: 2026-11-23
dimensions:
  focus: Customer needs and the backlog of the product.
  scope: Tactical execution within one agile team.
  responsibility: Making sure features meet user needs and deliver value.
  communication: Works daily with the development team and stakeholders.
${o.extraFrontMatter ?? ""}`;
  const body =
    o.body ??
    `## What the role is for

Maximises the value of the product.

## Responsibilities

${tagged(o.responsibilities ?? "- **Backlog management** `product-backlog: A`: Orders the product backlog.\n- **Acceptance testing** `accepting-work: A`: Accepts completed stories.")}

## Works with

${o.worksWith ?? "- **Scrum Master**: Gets coaching on Scrum."}

## Why the role matters

Without it, nobody orders the work by value.
`;
  return `---\n${fm.replace(/\n+$/, "")}\n---\n\n${body}`;
}

/** A fixture role file parsed as content/roles/<slug>.md, for tests that need it valid. */
export function parsedRoleFixture(slug: string, o: RoleFixture): ParsedRole {
  const r = parseRole(`content/roles/${slug}.md`, slug, roleFile(o));
  if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
  return r.value;
}

/** A valid Product Manager vs Product Owner comparison; pass a body to change its sections. */
export function comparisonFile(
  body = "## Key differences\n\n| Dimension | Product Manager | Product Owner |\n| --- | --- | --- |\n| Focus | Strategy. | Backlog. |\n",
): string {
  return `---
title: Product Manager vs Product Owner
summary: The product manager looks outward at the market while the product owner orders the backlog.
roles: [product-manager, product-owner]
sources:
  - title: Seed
updated: 2026-11-23
---

${body}`;
}

/** A valid product management ladder with the given rungs (a YAML list). */
export function ladderFile(rungs = "[associate-product-manager, product-manager]"): string {
  return `---
title: Product management career ladder
summary: From associate product manager to head of product, and what each step adds.
rungs: ${rungs}
sources:
  - title: Product Collective guide
    url: https://productcollective.com/product-management-roles-responsibilities-guide/
updated: 2026-11-23
---

## About this ladder

Each step moves further from day-to-day product work.
`;
}

export const scrumMasterFile = () => roleFile({ title: "Scrum Master", aliases: "[SM]", worksWith: "- **Product Owner**: Helps with backlog techniques." });

/** A valid area file; `extra` adds front-matter lines (e.g. a differ list). */
export function areaFile(o: { title?: string; label?: string; order?: number; extra?: string } = {}): string {
  return `---
title: ${o.title ?? "Ordering the product backlog"}
label: ${o.label ?? "Backlog"}
order: ${o.order ?? 1}
definition: Deciding what goes into the product backlog and in what order.
if_gap: Agree who orders the backlog before the next sprint starts.
if_overlap: Agree which one of the two has the final say on the order.
${o.extra ?? ""}updated: 2026-11-23
---
`;
}

/** The areas the fixture roles are tagged with. */
export const FIXTURE_AREAS = (
  [
    ["product-backlog", "Ordering the product backlog", "Backlog"],
    ["accepting-work", "Accepting work as done", "Done"],
  ] as const
).map(([slug, title, label], i) => {
  const r = parseArea(`content/areas/${slug}.md`, slug, areaFile({ title, label, order: i + 1 }));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
});

/** Parsed content for linkContent, with the fixture areas and no team shapes unless given. */
export const parsedContent = (o: Partial<ParsedContent>): ParsedContent => ({
  roles: [],
  comparisons: [],
  ladders: [],
  areas: FIXTURE_AREAS,
  teams: [],
  pairings: [],
  ...o,
});

/**
 * A team shape's `rulings:` block, one ruling per area written as its one line (e.g.
 * `accountable: product-owner` or `outside: …`); a ruling that someone answers for the area
 * cites teamFile's source with a quote, as the schema requires.
 */
export function rulingsYaml(rulings: Record<string, string>): string {
  const cite = "\n    source: The Scrum Guide (2020)\n    quote: accountable for effective Product Backlog management";
  const entries = Object.entries(rulings).map(([area, r]) => `  ${area}:\n    ${r}${/^(accountable|whole_team):/.test(r) ? cite : ""}`);
  return `rulings:\n${entries.join("\n")}`;
}

/** Rulings for the fixture areas that make the product owner accountable for both. */
export const PO_RULINGS = rulingsYaml({ "product-backlog": "accountable: product-owner", "accepting-work": "accountable: product-owner" });

/** A valid team shape file; `front` holds the roles line (line 4) and any lines after it. */
export function teamFile(front: string, body = "## About this team shape\n\nBoth roles, one backlog.\n"): string {
  return `---
title: Product manager and product owner
summary: A team with both a product manager and a product owner.
${front}
sources:
  - title: The Scrum Guide (2020)
    url: https://scrumguides.org/scrum-guide.html
updated: 2026-11-23
---

${body}`;
}

/** A linked model of fixture roles, each with its own title, aliases and responsibilities, for tests that need a whole site. */
export function fixtureModel(roles: { slug: string; title: string; aliases?: string[]; responsibilities?: string }[]): ContentModel {
  const parsed = roles.map((r) => {
    const worksWith = r.slug === "product-owner" ? "- **Scrum Master**: Gets coaching." : "- **Product Owner**: Agrees priorities.";
    const file = roleFile({ title: r.title, aliases: `[${(r.aliases ?? []).join(", ")}]`, worksWith, responsibilities: r.responsibilities });
    const result = parseRole(`content/roles/${r.slug}.md`, r.slug, file);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  });
  const linked = linkContent(parsedContent({ roles: parsed }));
  if (!linked.ok) throw new Error(JSON.stringify(linked.errors));
  return linked.value;
}

/** A valid site file (content/site.yml), named unlike the bundled one, so a test sees which file a name came from. */
export function siteFile(extra = ""): string {
  return `name: Fixture Handbook\ndescription: A site the tests build from their own content folder.\norganisation: Fixture Council\naccent: "#1d4ed8"\n${extra}`;
}

/** One search document, the Product Owner's role page unless overridden, for tests of what serves the index. */
export const searchDoc = (o: Partial<SearchDoc> = {}): SearchDoc => ({
  id: "role:product-owner",
  kind: "role",
  title: "Product Owner",
  names: "PO",
  about: "Role",
  lead: "Orders the backlog.",
  summary: "Orders the backlog.",
  text: "",
  url: "/roles/product-owner",
  keys: nameKeys(["Product Owner", "PO"]),
  ...o,
});

/** A pairing file (content/pairings): two roles, one quoted warning from its one source. */
export const pairingFile = (o: { roles?: string; source?: string; extra?: string } = {}) => `---
roles: ${o.roles ?? "[coach, owner]"}
warns: true
quotes:
  - source: ${o.source ?? "A guide"}
    quote: Two full-time jobs are too much for one person.
sources:
  - title: A guide
    url: https://example.org/guide
${o.extra ?? ""}updated: 2026-11-23
---

## What the sources say

In our own words: one of the two jobs slips.
`;
