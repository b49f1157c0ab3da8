import { type ContentError, formatError, type Result } from "@/lib/content/errors";
import { parseArea } from "@/lib/content/parse-area";
import { parseComparison } from "@/lib/content/parse-comparison";
import { parseLadder } from "@/lib/content/parse-ladder";
import { parsePairing } from "@/lib/content/parse-pairing";
import { parseRole } from "@/lib/content/parse-role";
import { parseTeam } from "@/lib/content/parse-team";
import { linkContent } from "@/lib/model/link";
import type { ContentModel } from "@/lib/model/types";
import { areaFile, comparisonFile, ladderFile, pairingFile, roleFile, rulingsYaml, teamFile } from "./fixtures";

/*
 * A small site of its own for the search tests: roles with abbreviations and Scrum parts, areas of
 * work (one known by another word), two team shapes that rule on them, two curated comparisons, a
 * ladder and one pairing (Product Owner and Scrum Master). Its words are close to this project's on purpose, but it is not content/, so the tests
 * hold for a site with other content.
 */

const ok = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.errors.map((e: ContentError) => formatError(e)).join("\n"));
  return r.value;
};

const ROLES: { slug: string; title: string; aliases: string; summary: string; items: string; scrum?: string }[] = [
  {
    slug: "product-owner",
    title: "Product Owner",
    aliases: "[PO]",
    summary: "Represents the customer and orders the product backlog for the team.",
    items:
      "- **Backlog management** `product-backlog: A`: Orders the product backlog by value.\n- **Acceptance testing** `accepting-work: A`: Accepts completed stories against their acceptance criteria.\n- **Sprint goal proposal** `sprint-goal: R`: Proposes how the sprint could add value.",
    scrum: "- **Sprint planning** `A`: Proposes the sprint goal.\n- **Product backlog** `A`: Orders it.",
  },
  {
    slug: "product-manager",
    title: "Product Manager",
    aliases: "[PM]",
    summary: "Sets the product strategy and looks outward at the market and the organisation.",
    items:
      "- **Prioritising the backlog** `product-backlog: A`: Decides what the team builds next.\n- **Accepting stories** `accepting-work: A`: Accepts items as done.\n- **Sprint goals** `sprint-goal: R`: Writes the goal for each sprint.",
  },
  {
    slug: "scrum-master",
    title: "Scrum Master",
    aliases: "[SM]",
    summary: "Coaches the team in Scrum and helps it improve how it works.",
    items:
      "- **Impediment removal** `impediments: A`: Causes the removal of anything that slows the team down.\n- **Coaching** `sprint-goal: C`: Coaches the team on focus.",
    scrum: "- **Daily stand-up** `C`: Makes sure it happens.",
  },
  {
    slug: "delivery-manager",
    title: "Delivery Manager",
    aliases: "[DM]",
    summary: "Helps the team deliver, manages risks and keeps delivery running smoothly.",
    items:
      "- **Clearing the way** `impediments: A`: Removes what stops the team.\n- **Team budget** `budget-and-resourcing: A`: Manages the team's money and contracts.\n- **Focus** `sprint-goal: R; A in service-team`: Keeps the team on the sprint goal.",
  },
  {
    slug: "developer",
    title: "Developer",
    aliases: "[Dev]",
    summary: "Builds, tests and ships the product, and shapes how it is made.",
    items: "- **Building** `accepting-work: R`: Builds each item to the definition of done.\n- **Estimating** `product-backlog: C`: Sizes items with the team.",
    scrum: "- **Increment** `R`: Builds it.",
  },
];

const role = (r: (typeof ROLES)[number]) => {
  const body = `## What the role is for\n\nIt has a purpose.\n\n## Responsibilities\n\n${r.items}\n\n${r.scrum ? `## Scrum events and artefacts\n\n${r.scrum}\n\n` : ""}## Works with\n\n${
    r.slug === "developer" ? "- **Scrum Master**: Gets coaching." : "- **Developer**: Agrees what to build."
  }\n\n## Why the role matters\n\nIt matters.\n`;
  const file = roleFile({ title: r.title, aliases: r.aliases, body }).replace(/^summary: .*$/m, `summary: ${r.summary}`);
  return ok(parseRole(`content/roles/${r.slug}.md`, r.slug, file));
};

const AREAS: [slug: string, title: string, label: string, extra?: string][] = [
  ["product-backlog", "Ordering the product backlog", "Backlog"],
  ["sprint-goal", "The sprint goal", "Sprint goal"],
  ["accepting-work", "Accepting work as done", "Done"],
  ["impediments", "Removing impediments", "Impediments", "also_known_as: [blockers, obstacles]\n"],
  ["budget-and-resourcing", "Team budget and resourcing", "Budget"],
];
const differ = (roles: string) =>
  `differ:\n  - roles: ${roles}\n    note: One public guide gives this to the first role, and the Scrum Guide gives it to the second.\n    sources:\n      - title: The Scrum Guide (2020)\n        url: https://scrumguides.org/scrum-guide.html\n`;
const DIFFER: Record<string, string> = {
  "product-backlog": differ("[product-manager, product-owner]"),
  "accepting-work": differ("[product-manager, product-owner]"),
  impediments: differ("[delivery-manager, scrum-master]"),
};
const area = ([slug, title, label, extra = ""]: (typeof AREAS)[number], i: number) =>
  ok(parseArea(`content/areas/${slug}.md`, slug, areaFile({ title, label, order: i + 1, extra: `${extra}${DIFFER[slug] ?? ""}` })));

const team = (slug: string, title: string, front: string) =>
  ok(
    parseTeam(
      `content/teams/${slug}.md`,
      slug,
      teamFile(front)
        .replace(/^title: .*$/m, `title: ${title}`)
        .replace(/^summary: .*$/m, `summary: ${title} is a common way to build a team of this kind.`),
    ),
  );

const comparison = (a: string, b: string, title: string) =>
  ok(
    parseComparison(
      `content/comparisons/${a}-vs-${b}.md`,
      `${a}-vs-${b}`,
      comparisonFile(`## Key differences\n\n| Dimension | ${title.split(" vs ").join(" | ")} |\n| --- | --- | --- |\n| Focus | One. | Other. |\n`)
        .replace("title: Product Manager vs Product Owner", `title: ${title}`)
        .replace("roles: [product-manager, product-owner]", `roles: [${a}, ${b}]`),
    ),
  );

const SCRUM_TEAM_RULINGS = rulingsYaml({
  "product-backlog": "accountable: product-owner",
  "sprint-goal": "whole_team: The whole Scrum team crafts the sprint goal together at sprint planning.",
  "accepting-work": "accountable: product-owner",
  impediments: "accountable: scrum-master",
  "budget-and-resourcing": "outside: The organisation around a Scrum team holds its budget and its resources.",
});
const SERVICE_TEAM_RULINGS = rulingsYaml({
  "product-backlog": "accountable: product-manager",
  "sprint-goal": "accountable: delivery-manager",
  "accepting-work": "accountable: product-manager",
  impediments: "accountable: delivery-manager",
  "budget-and-resourcing": "accountable: delivery-manager",
});

/** The linked model of the search tests' site. */
export function searchSite(): ContentModel {
  const linked = linkContent({
    roles: ROLES.map(role),
    areas: AREAS.map(area),
    teams: [
      team("scrum-team", "Scrum team", `roles: [product-owner, scrum-master, developer]\nscrum: true\n${SCRUM_TEAM_RULINGS}`),
      team("service-team", "Service team", `roles: [product-manager, delivery-manager, developer]\n${SERVICE_TEAM_RULINGS}`),
    ],
    comparisons: [
      comparison("product-manager", "product-owner", "Product Manager vs Product Owner"),
      comparison("product-manager", "delivery-manager", "Product Manager vs Delivery Manager"),
    ],
    ladders: [ok(parseLadder("content/ladders/product-management.md", "product-management", ladderFile("[developer, product-manager]")))],
    pairings: [
      ok(
        parsePairing(
          "content/pairings/product-owner-and-scrum-master.md",
          "product-owner-and-scrum-master",
          pairingFile({ roles: "[product-owner, scrum-master]" }),
        ),
      ),
    ],
  });
  if (!linked.ok) throw new Error(linked.errors.map(formatError).join("\n"));
  return linked.value;
}
