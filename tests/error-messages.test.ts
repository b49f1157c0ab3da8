import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkResponsibilityMap } from "@/lib/responsibilities/check";
import { loadContent } from "@/lib/content/load";
import { type Result, formatError } from "@/lib/content/errors";
import { linkContent } from "@/lib/model/link";
import type { ParsedContent } from "@/lib/model/types";
import { parseArea } from "@/lib/content/parse-area";
import { parseComparison } from "@/lib/content/parse-comparison";
import { parseLadder } from "@/lib/content/parse-ladder";
import { parseRole } from "@/lib/content/parse-role";
import { parseTeam } from "@/lib/content/parse-team";
import type { ParsedRole } from "@/lib/content/schema";
import {
  FIXTURE_AREAS,
  type RoleFixture,
  areaFile,
  comparisonFile,
  ladderFile,
  parsedContent,
  roleFile,
  scrumMasterFile,
  rulingsYaml,
  siteFile,
  teamFile,
} from "./fixtures";

/*
 * Every author-facing error message in lib/ that no other test pins, each triggered by a small,
 * realistic mistake and compared in full ("file:line: where: message"), so that a change to any
 * word fails here. Messages already pinned elsewhere (parse-role, model, ladder, compare,
 * responsibility-map and content tests) are not repeated.
 */

/** The formatted errors of a result that must have failed. */
function errorsOf<T>(r: Result<T>): string[] {
  if (r.ok) throw new Error("expected content errors, but the input was accepted");
  return r.errors.map(formatError);
}

/** The value of a result that must have succeeded, or a failure that lists why it did not. */
function valueOf<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected valid content, but got:\n${r.errors.map(formatError).join("\n")}`);
  return r.value;
}

const ROLE = "content/roles/product-owner.md";
const parseProductOwner = (text: string) => errorsOf(parseRole(ROLE, "product-owner", text));
const role = (slug: string, text: string): ParsedRole => valueOf(parseRole(`content/roles/${slug}.md`, slug, text));
const productOwner = (o: RoleFixture = {}) => role("product-owner", roleFile(o));
const scrumMaster = () => role("scrum-master", scrumMasterFile());
const productManager = () => role("product-manager", roleFile({ title: "Product Manager", aliases: "[PM]" }));
/** A valid role file with an extra section just before "## Works with" (which is on line 27). */
const withSection = (heading: string, content: string) => roleFile().replace("## Works with", `## ${heading}\n\n${content}\n\n## Works with`);

const COMPARISON = "content/comparisons/product-manager-vs-product-owner.md";
const parsePmVsPo = (text: string) => errorsOf(parseComparison(COMPARISON, "product-manager-vs-product-owner", text));
const TABLE_HEAD = "| Dimension | Product Manager | Product Owner |\n| --- | --- | --- |";

const LADDER = "content/ladders/product-management.md";
const parseProductLadder = (text: string) => errorsOf(parseLadder(LADDER, "product-management", text));

const AREA = "content/areas/product-backlog.md";
const area = (slug: string, text: string) => valueOf(parseArea(`content/areas/${slug}.md`, slug, text));
const SOURCES = "    sources:\n      - title: The Scrum Guide (2020)\n        url: https://scrumguides.org/scrum-guide.html\n";
/** The product backlog area with one differ item naming the given roles (the item starts on line 9). */
const backlogDiffer = (roles: string) =>
  areaFile({
    extra: `differ:\n  - roles: ${roles}\n    note: GOV.UK gives the backlog to the product manager; the Scrum Guide gives it to the product owner.\n${SOURCES}`,
  });

const TEAM = "content/teams/both.md";
const team = (front: string) => valueOf(parseTeam(TEAM, "both", teamFile(front)));

/** A product owner accountable for both fixture areas, and a scrum master consulted on one, so a team of the two is consistent. */
const owner = () => productOwner();
const coach = () =>
  role(
    "scrum-master",
    roleFile({
      title: "Scrum Master",
      aliases: "[SM]",
      responsibilities: "- **Coaches refinement** `product-backlog: C`: Coaches.",
      worksWith: "- **Product Owner**: Helps.",
    }),
  );

describe("lib/content/markdown.ts: the file's shape", () => {
  it("front matter with a field written twice", () => {
    expect(parseProductOwner(roleFile().replace("family: product-management", "family: product-management\nfamily: delivery"))).toEqual([
      `${ROLE}:6: front matter: is not valid YAML (Map keys must be unique). Check indentation, and put quotes around text that contains ": ".`,
    ]);
  });

  it("front matter that is one line of text rather than fields", () => {
    expect(parseProductOwner(roleFile({ frontMatter: "title Product Owner" }))).toEqual([`${ROLE}:2: front matter: must be a list of \`field: value\` lines.`]);
  });

  it("a role file that starts its body with a # title", () => {
    expect(parseProductOwner(roleFile().replace("## What the role is for", "# Product Owner\n\n## What the role is for"))).toEqual([
      `${ROLE}:18: "# Product Owner" is a top-level heading. The title comes from the front matter; use "## " for sections.`,
    ]);
  });

  it("a stray empty bullet in a list", () => {
    expect(parseProductOwner(roleFile({ worksWith: "- **Scrum Master**: Gets coaching on Scrum.\n-" }))).toEqual([
      `${ROLE}:30: ## Works with: item "" has no text; write it as "- **Short title**: description".`,
    ]);
  });

  it("a list item with no bold title", () => {
    expect(parseProductOwner(roleFile({ worksWith: "- Scrum Master: gets coaching on Scrum." }))).toEqual([
      `${ROLE}:29: ## Works with: item "Scrum Master: gets coaching on Scrum." does not start with a bold title; write it as "- **Short title**: description".`,
    ]);
  });

  it("a long list item with no bold title, quoted only in part", () => {
    expect(parseProductOwner(roleFile({ worksWith: "- Scrum Master: gets coaching on Scrum from the scrum master every week." }))).toEqual([
      `${ROLE}:29: ## Works with: item "Scrum Master: gets coaching on Scrum…" does not start with a bold title; write it as "- **Short title**: description".`,
    ]);
  });

  it("a list item whose bold title holds only the colon", () => {
    expect(parseProductOwner(roleFile({ worksWith: "- **:** Gets coaching on Scrum." }))).toEqual([
      `${ROLE}:29: ## Works with: item has an empty bold title; write it as "- **Short title**: description".`,
    ]);
  });

  it("a list item with no colon between the bold title and the description", () => {
    expect(parseProductOwner(roleFile({ worksWith: "- **Scrum Master** gets coaching on Scrum." }))).toEqual([
      `${ROLE}:29: ## Works with: "Scrum Master" needs a colon after the bold title; write it as "- **Short title**: description".`,
    ]);
  });
});

describe("lib/content/errors.ts: front-matter values of the wrong kind", () => {
  it("aliases written as one name instead of a list", () => {
    expect(parseProductOwner(roleFile({ aliases: "PO" }))).toEqual([`${ROLE}:4: aliases: must be a list (e.g. [a, b]), not the text "PO".`]);
  });

  it("dimensions written as one sentence instead of four fields", () => {
    const text = roleFile().replace(/dimensions:\n(?: {2}.*\n)+/, "dimensions: Customer needs and the product backlog.\n");
    expect(parseProductOwner(text)).toEqual([
      `${ROLE}:11: dimensions: must be a group of indented fields, not the text "Customer needs and the product backlog.".`,
    ]);
  });
});

describe("lib/content/schema.ts: front-matter rules with their own wording", () => {
  it("a summary of a few words", () => {
    expect(parseProductOwner(roleFile().replace("Represents the customer and orders the product backlog for the team.", "Orders the backlog."))).toEqual([
      `${ROLE}:3: summary: is too short: write one full sentence of at least 20 characters.`,
    ]);
  });

  it("a summary longer than one sentence allows", () => {
    const long = `Represents the customer${", and the stakeholders".repeat(10)} to the team.`;
    expect(parseProductOwner(roleFile().replace("Represents the customer and orders the product backlog for the team.", long))).toEqual([
      `${ROLE}:3: summary: is too long: keep it to one sentence of at most 240 characters.`,
    ]);
  });

  it("a summary with no full stop", () => {
    expect(parseProductOwner(roleFile().replace("backlog for the team.", "backlog for the team"))).toEqual([
      `${ROLE}:3: summary: must be one sentence ending with a full stop.`,
    ]);
  });

  it("a related role written as its title instead of its slug", () => {
    expect(parseProductOwner(roleFile({ related: "[Scrum Master]" }))).toEqual([
      `${ROLE}:6: related[0]: must be lowercase letters, digits and single hyphens, e.g. product-owner.`,
    ]);
  });

  it("an empty sources list", () => {
    const text = roleFile().replace(/sources:\n(?: {2}.*\n)+/, "sources: []\n");
    expect(parseProductOwner(text)).toEqual([`${ROLE}:7: sources: needs at least one source: add a \`- title: …\` item with a \`url\`.`]);
  });

  it("a date written day first", () => {
    expect(parseProductOwner(roleFile().replace("updated: 2026-11-23", "updated: 23/11/2026"))).toEqual([
      `${ROLE}:10: updated: must be a date written as YYYY-MM-DD, e.g. 2026-11-23.`,
    ]);
  });

  it("a comparison of three roles", () => {
    const text = comparisonFile().replace("roles: [product-manager, product-owner]", "roles: [product-manager, product-owner, scrum-master]");
    expect(parsePmVsPo(text)).toEqual([`${COMPARISON}:4: roles: must list exactly two role slugs, e.g. [product-manager, product-owner].`]);
  });

  it("a differ item that names one role", () => {
    expect(errorsOf(parseArea(AREA, "product-backlog", backlogDiffer("[product-owner]")))).toEqual([
      `${AREA}:9: differ[0].roles: must name at least two roles whose pages disagree.`,
    ]);
  });

  it("a word an area is also known as that is a whole sentence", () => {
    const long = "the things that stop the team from finishing its work";
    expect(errorsOf(parseArea(AREA, "product-backlog", areaFile({ extra: `also_known_as: [blockers, ${long}]\n` })))).toEqual([
      `${AREA}:8: also_known_as[1]: is too long: keep each to a word or a short phrase.`,
    ]);
  });

  it("a team shape with one role", () => {
    expect(errorsOf(parseTeam(TEAM, "both", teamFile("roles: [product-owner]")))).toEqual([`${TEAM}:4: roles: needs at least two roles.`]);
  });
});

describe("lib/content/parse-role.ts", () => {
  it("a role file with text before its first section", () => {
    expect(parseProductOwner(roleFile().replace("## What the role is for", "The product owner role.\n\n## What the role is for"))).toEqual([
      `${ROLE}:18: has text before the first section. Put it under "## What the role is for".`,
    ]);
  });

  it("a role file with two Works with sections", () => {
    expect(parseProductOwner(`${roleFile()}\n## Works with\n\n- **Sponsor**: Reports to them.\n`)).toEqual([
      `${ROLE}:35: ## Works with: appears twice. Merge the two into one section.`,
    ]);
  });

  it("an empty required section", () => {
    expect(parseProductOwner(roleFile().replace("Without it, nobody orders the work by value.\n", ""))).toEqual([
      `${ROLE}:31: ## Why the role matters: is empty. Write its content, or remove the heading (but this section is required).`,
    ]);
  });

  it("an empty optional section", () => {
    expect(parseProductOwner(`${roleFile()}\n## Notes\n`)).toEqual([`${ROLE}:35: ## Notes: is empty. Write its content, or remove the heading.`]);
  });

  it("a responsibility whose title is only punctuation", () => {
    expect(parseProductOwner(roleFile({ responsibilities: "- **???** `product-backlog: R`: Orders the backlog." }))).toEqual([
      `${ROLE}:24: ## Responsibilities: "???" has no letters or digits to make a link anchor from. Use words in the bold title.`,
    ]);
  });

  it("responsibilities introduced by a sentence before the list", () => {
    expect(parseProductOwner(roleFile({ responsibilities: "The product owner:\n\n- **Backlog management**: Orders the backlog." }))).toEqual([
      `${ROLE}:22: ## Responsibilities: must be one bulleted list, each item written as "- **Short title**: description", with nothing else in the section.`,
    ]);
  });

  it("a growth path written as one list with no levels", () => {
    expect(parseProductOwner(withSection("Growth path", "- **Learn Scrum**: Learns the events."))).toEqual([
      `${ROLE}:29: ## Growth path: starts with content outside a level. Put a "### Level name" heading (e.g. "### Beginner") before it.`,
      `${ROLE}:27: ## Growth path: has no levels. Add "### Beginner" (or another level) headings, each followed by a list of skills.`,
    ]);
  });

  it("a growth level described in a paragraph instead of a list of skills", () => {
    expect(parseProductOwner(withSection("Growth path", "### Beginner\n\nLearns the Scrum events."))).toEqual([
      `${ROLE}:29: ### Beginner: must be followed by one bulleted list of "- **Skill**: description" items.`,
    ]);
  });

  it("a misspelt Scrum event", () => {
    expect(parseProductOwner(withSection("Scrum events and artefacts", "- **Sprint planing** `R`: Presents items."))).toEqual([
      `${ROLE}:29: ## Scrum events and artefacts: "Sprint planing" is not a Scrum event or artefact (did you mean "Sprint planning"?). Use one of: Sprint planning, Daily stand-up, Sprint review, Sprint retrospective, Backlog refinement, Product backlog, Sprint backlog, Increment, Product vision and roadmap.`,
    ]);
  });

  it("the same Scrum event listed twice", () => {
    expect(parseProductOwner(withSection("Scrum events and artefacts", "- **Sprint review** `R`: Shows the work.\n- **Sprint Review** `C`: Listens."))).toEqual(
      [`${ROLE}:30: ## Scrum events and artefacts: "Sprint Review" is listed twice. Merge the two items.`],
    );
  });

  it("a Scrum event whose level is written as a word", () => {
    expect(parseProductOwner(withSection("Scrum events and artefacts", "- **Sprint review** `Responsible`: Shows the work."))).toEqual([
      `${ROLE}:29: ## Scrum events and artefacts: "Sprint review": "Responsible" is not a level (did you mean "R"?). Use R (Responsible), A (Accountable), C (Consulted) or I (Informed).`,
    ]);
  });

  it("a role that builds on itself", () => {
    expect(parseProductOwner(roleFile({ buildsOn: "product-owner" }))).toEqual([
      `${ROLE}:7: builds_on: names this role itself. Name the role below this one, or remove the field.`,
    ]);
  });
});

describe("lib/content/parse-comparison.ts", () => {
  it("a comparison of a role with itself", () => {
    expect(parsePmVsPo(comparisonFile().replace("roles: [product-manager, product-owner]", "roles: [product-owner, product-owner]"))).toEqual([
      `${COMPARISON}:4: roles: names "product-owner" twice. A comparison needs two different roles.`,
    ]);
  });

  it("a comparison with no sections", () => {
    expect(parsePmVsPo(comparisonFile(""))).toEqual([
      `${COMPARISON}: has no sections. Add at least one "## " section, e.g. "## Key differences" with a table.`,
    ]);
  });

  it("a comparison with text before its first section", () => {
    expect(
      parsePmVsPo(comparisonFile(`Two roles that are often confused.\n\n## Key differences\n\n${TABLE_HEAD}\n| Focus | Strategy. | Backlog. |\n`)),
    ).toEqual([`${COMPARISON}:10: has text before the first section. Put it under a "## Overview" heading.`]);
  });

  it("a section whose heading gives an anchor the page already uses", () => {
    expect(parsePmVsPo(comparisonFile(`## Key differences\n\n${TABLE_HEAD}\n| Focus | Strategy. | Backlog. |\n\n## Sources\n\nBoth guides.\n`))).toEqual([
      `${COMPARISON}:16: ## Sources: gives the anchor #sources, which is already used. Give the section a different heading.`,
    ]);
  });

  it("a section with a heading and nothing under it", () => {
    expect(parsePmVsPo(comparisonFile(`## Overview\n\n## Key differences\n\n${TABLE_HEAD}\n| Focus | Strategy. | Backlog. |\n`))).toEqual([
      `${COMPARISON}:10: ## Overview: is empty. Write its content or remove the heading.`,
    ]);
  });

  it("a section with two tables", () => {
    const table = `${TABLE_HEAD}\n| Focus | Strategy. | Backlog. |`;
    expect(parsePmVsPo(comparisonFile(`## Key differences\n\n${table}\n\nAnd day to day:\n\n${table.replace("Focus", "Scope")}\n`))).toEqual([
      `${COMPARISON}:10: ## Key differences: has more than one table. Give each table its own section.`,
    ]);
  });

  it("a comparison table with two columns", () => {
    expect(parsePmVsPo(comparisonFile("## Key differences\n\n| Dimension | Product Manager |\n| --- | --- |\n| Focus | Strategy. |\n"))).toEqual([
      `${COMPARISON}:12: ## Key differences: the table has 2 columns; it needs 3: a label column, then one column per role (| Dimension | Role A | Role B |).`,
    ]);
  });

  it("a comparison row with an empty cell", () => {
    expect(parsePmVsPo(comparisonFile(`## Key differences\n\n${TABLE_HEAD}\n| Focus | | Backlog. |\n`))).toEqual([
      `${COMPARISON}:14: ## Key differences: row 1 has an empty cell. Fill the label and both roles' cells.`,
    ]);
  });

  it("two comparison rows with the same label", () => {
    expect(parsePmVsPo(comparisonFile(`## Key differences\n\n${TABLE_HEAD}\n| Focus | Strategy. | Backlog. |\n| Focus | Markets. | Sprints. |\n`))).toEqual([
      `${COMPARISON}:15: ## Key differences: row "Focus" gives the anchor #focus, which is already used. Give the row a different label.`,
    ]);
  });
});

describe("lib/content/document.ts: ladders, areas and team shapes", () => {
  it("a ladder with text before its first section", () => {
    expect(parseProductLadder(ladderFile().replace("## About this ladder", "Product managers climb this ladder.\n\n## About this ladder"))).toEqual([
      `${LADDER}:11: has text before the first section. Put it under "## About this ladder".`,
    ]);
  });

  it("a ladder with a section it does not have", () => {
    expect(parseProductLadder(`${ladderFile()}\n## Rungs\n\nLowest first.\n`)).toEqual([
      `${LADDER}:15: ## Rungs: is not a section of a ladder. Use "## About this ladder".`,
    ]);
  });

  it("a ladder with its About section written twice", () => {
    expect(parseProductLadder(`${ladderFile()}\n## About this ladder\n\nMore about it.\n`)).toEqual([
      `${LADDER}:15: ## About this ladder: appears twice. Merge the two into one section.`,
    ]);
  });

  it("a ladder with an empty About section", () => {
    expect(parseProductLadder(ladderFile().replace("Each step moves further from day-to-day product work.\n", ""))).toEqual([
      `${LADDER}:11: ## About this ladder: is empty. Write its content or remove the heading.`,
    ]);
  });

  it("a ladder with no About section", () => {
    expect(parseProductLadder(ladderFile().replace(/## About this ladder[\s\S]*/, ""))).toEqual([
      `${LADDER}: ## About this ladder: is missing. Add it: "## About this ladder" and a paragraph under it.`,
    ]);
  });

  it("an area with text and no heading", () => {
    expect(errorsOf(parseArea(AREA, "product-backlog", `${areaFile()}\nWho orders the backlog.\n`))).toEqual([
      `${AREA}:11: has text before the first section. Put it under "## About this area".`,
    ]);
  });

  it("an area with a section it does not have", () => {
    expect(errorsOf(parseArea(AREA, "product-backlog", `${areaFile()}\n## Where people get confused\n\nOver who orders it.\n`))).toEqual([
      `${AREA}:11: ## Where people get confused: is not a section of an area. Use "## About this area".`,
    ]);
  });

  it("a team shape with text before its first section", () => {
    const body = "Two roles.\n\n## About this team shape\n\nOne owner, one coach.\n";
    expect(errorsOf(parseTeam(TEAM, "both", teamFile("roles: [product-owner, scrum-master]", body)))).toEqual([
      `${TEAM}:11: has text before the first section. Put it under "## About this team shape" and "## Notes".`,
    ]);
  });

  it("a team shape with a section it does not have", () => {
    const body = "## About this team shape\n\nOne owner, one coach.\n\n## Roles\n\nA product owner and a scrum master.\n";
    expect(errorsOf(parseTeam(TEAM, "both", teamFile("roles: [product-owner, scrum-master]", body)))).toEqual([
      `${TEAM}:15: ## Roles: is not a section of a team shape. Use "## About this team shape" and "## Notes".`,
    ]);
  });
});

describe("lib/model/link.ts: linkContent", () => {
  const link = (o: Partial<ParsedContent>) => errorsOf(linkContent(parsedContent(o)));

  it("two roles with the same title", () => {
    const proxy = role("proxy-owner", roleFile({ aliases: "[]" }));
    expect(link({ roles: [productOwner(), proxy, scrumMaster()] })).toEqual([
      `content/roles/proxy-owner.md: title: "Product Owner" is already used by content/roles/product-owner.md. Each title, slug and alias must name one role; remove or change one of them.`,
    ]);
  });

  it("a role that lists itself as related", () => {
    expect(link({ roles: [productOwner({ related: "[scrum-master, product-owner]" }), scrumMaster()] })).toEqual([
      `${ROLE}: related[1]: names this role itself. Remove it.`,
    ]);
  });

  it("a role that builds on a role that does not exist", () => {
    expect(link({ roles: [productOwner({ buildsOn: "scrum-mastr" }), scrumMaster()] })).toEqual([
      `${ROLE}: builds_on: no role "scrum-mastr" (did you mean "scrum-master"?). Use the file name of a role in content/roles, without .md.`,
    ]);
  });

  it("a role that says it works with itself, by its alias", () => {
    expect(link({ roles: [productOwner({ worksWith: "- **Scrum Master**: Gets coaching.\n- **PO**: Plans alone." }), scrumMaster()] })).toEqual([
      `${ROLE}:30: ## Works with: "PO" is this role itself. Name another role.`,
    ]);
  });

  it("two comparisons of the same pair, one in each order", () => {
    const pmVsPo = valueOf(parseComparison(COMPARISON, "product-manager-vs-product-owner", comparisonFile()));
    const poVsPm = valueOf(
      parseComparison(
        "content/comparisons/product-owner-vs-product-manager.md",
        "product-owner-vs-product-manager",
        comparisonFile(
          "## Key differences\n\n| Dimension | Product Owner | Product Manager |\n| --- | --- | --- |\n| Focus | Backlog. | Strategy. |\n",
        ).replace("roles: [product-manager, product-owner]", "roles: [product-owner, product-manager]"),
      ),
    );
    expect(link({ roles: [productManager(), productOwner(), scrumMaster()], comparisons: [pmVsPo, poVsPm] })).toEqual([
      `content/comparisons/product-owner-vs-product-manager.md: roles: ${COMPARISON} already compares these two roles. Keep one comparison per pair.`,
    ]);
  });
});

describe("lib/responsibilities/check.ts", () => {
  it("a responsibility tagged with an area before any area file exists", () => {
    const po = productOwner({ responsibilities: "- **Backlog management** `product-backlog: A`: Orders the backlog." });
    expect(checkResponsibilityMap([po], [], []).map(formatError)).toEqual([
      `${ROLE}:24: ## Responsibilities: "Backlog management": no area "product-backlog". Use the file name of an area in content/areas, without .md (there are none yet: add content/areas/<area>.md).`,
    ]);
  });

  it("two areas with the same order", () => {
    const backlog = area("product-backlog", areaFile());
    const done = area("accepting-work", areaFile({ title: "Accepting work as done", label: "Done", order: 1 }));
    expect(checkResponsibilityMap([owner()], [backlog, done], []).map(formatError)).toEqual([
      "content/areas/accepting-work.md:4: order: 1 is also the order of content/areas/product-backlog.md. Give each area its own number.",
    ]);
  });

  it("a differ item that names a role that does not exist", () => {
    const backlog = area("product-backlog", backlogDiffer("[product-manager, product-ownr]"));
    expect(checkResponsibilityMap([productManager(), owner()], [backlog, FIXTURE_AREAS[1]!], []).map(formatError)).toEqual([
      `${AREA}:9: differ[0].roles[1]: no role "product-ownr" (did you mean "product-owner"?). Use the file name of a role in content/roles, without .md.`,
    ]);
  });

  it("a team shape that lists a role twice", () => {
    const t = team("roles: [product-owner, scrum-master, product-owner]");
    expect(checkResponsibilityMap([owner(), coach()], FIXTURE_AREAS, [t]).map(formatError)).toEqual([
      `${TEAM}:4: roles: names a role twice. List each role once.`,
    ]);
  });

  it("a team shape that rules on an area that does not exist, and makes a role outside the team accountable", () => {
    const t = team(
      `roles: [product-owner, scrum-master]\n${rulingsYaml({
        "product-backlog": "accountable: product-owner",
        "accepting-work": "accountable: product-manager",
        "sprint-goal": "whole_team: The whole team sets the sprint goal together.",
      })}`,
    );
    expect(checkResponsibilityMap([owner(), coach(), productManager()], FIXTURE_AREAS, [t]).map(formatError)).toEqual([
      `${TEAM}:11: rulings.accepting-work.accountable: "product-manager" is not in this team. Choose one of its roles: product-owner, scrum-master.`,
      `${TEAM}:14: rulings.sprint-goal: no area "sprint-goal". Use the file name of an area in content/areas, without .md.`,
    ]);
  });

  it("a ruling whose source is not one of the file's sources, or is one a reader cannot open", () => {
    const cite = (source: string) => `accountable: product-owner\n    source: ${source}\n    quote: accountable for effective Product Backlog management`;
    const front = `roles: [product-owner, scrum-master]\nrulings:\n  product-backlog:\n    ${cite("The Scrum Guide 2020")}\n  accepting-work:\n    ${cite("Our delivery handbook")}`;
    const text = teamFile(front).replace("updated:", "  - title: Our delivery handbook\nupdated:");
    const t = valueOf(parseTeam(TEAM, "both", text));
    expect(checkResponsibilityMap([owner(), coach()], FIXTURE_AREAS, [t]).map(formatError)).toEqual([
      `${TEAM}:8: rulings.product-backlog.source: "The Scrum Guide 2020" is not one of this file's sources (did you mean "The Scrum Guide (2020)"?). Use a title from sources.`,
      `${TEAM}:12: rulings.accepting-work.source: "Our delivery handbook" has no url, so a reader cannot check the ruling. Cite a source a reader can open.`,
    ]);
  });
});

describe("lib/content/schema.ts: a team shape's rulings", () => {
  const rulingErrors = (ruling: string) =>
    errorsOf(parseTeam(TEAM, "both", teamFile(`roles: [product-owner, scrum-master]\nrulings:\n  product-backlog:\n    ${ruling}`)));

  it("a ruling that gives two kinds, or none", () => {
    const cited = "source: The Scrum Guide (2020)\n    quote: accountable for effective Product Backlog management";
    const both = `accountable: product-owner\n    outside: The backlog is ordered by the client, outside this team.\n    ${cited}`;
    expect(rulingErrors(both)).toEqual([
      `${TEAM}:6: rulings.product-backlog: gives accountable and outside: write exactly one of accountable (a role), whole_team, outside or gap (a sentence).`,
    ]);
    expect(rulingErrors("note: The product owner orders the backlog with the team.")).toEqual([
      `${TEAM}:6: rulings.product-backlog: gives no ruling: write exactly one of accountable (a role), whole_team, outside or gap (a sentence).`,
    ]);
  });

  it("a ruling that someone answers for, with no source or no quote", () => {
    expect(rulingErrors("whole_team: The whole team orders the backlog together.")).toEqual([
      `${TEAM}:6: rulings.product-backlog.source: is missing: a ruling that someone answers for the area needs a source and a quote from it.`,
      `${TEAM}:6: rulings.product-backlog.quote: is missing: a ruling that someone answers for the area needs a source and a quote from it.`,
    ]);
    expect(rulingErrors("outside: The client orders the backlog, outside this team.\n    source: The Scrum Guide (2020)")).toEqual([
      `${TEAM}:6: rulings.product-backlog.quote: is missing: give a source and a quote from it together.`,
    ]);
  });
});

describe("lib/content/load.ts: the content folder", () => {
  const dirs: string[] = [];
  const folder = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "team-roles-errors-"));
    dirs.push(dir);
    for (const [name, text] of Object.entries({ "site.yml": siteFile(), ...files })) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };
  /** How loadContent names a path under the folder: relative to the working directory, with forward slashes. */
  const shown = (dir: string, ...parts: string[]) =>
    path
      .relative(process.cwd(), path.join(dir, ...parts))
      .split(path.sep)
      .join("/");
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it("a file that is not Markdown in a content folder", () => {
    const dir = folder({ "roles/product-owner.md": roleFile(), "roles/scrum-master.md": scrumMasterFile(), "roles/notes.txt": "To do.\n" });
    expect(errorsOf(loadContent(dir))).toEqual([
      `${shown(dir, "roles", "notes.txt")}: is not a Markdown file. Content files end in .md; move other files out of content/roles.`,
    ]);
  });

  it("a content folder with no role files", () => {
    const dir = folder({ "areas/product-backlog.md": areaFile() });
    expect(errorsOf(loadContent(dir))).toEqual([`${shown(dir, "roles")}: has no role files. Add at least one content/roles/<slug>.md.`]);
  });
});

describe("messages that used to reach authors in zod's or the parser's own words", () => {
  it("a comparison heading or row label with no letters or digits", () => {
    const text = comparisonFile(
      "## !!!\n\nText.\n\n## Key differences\n\n| Dimension | Product Manager | Product Owner |\n| --- | --- | --- |\n| ??? | Sets it. | Conveys it. |\n",
    );
    const r = parseComparison(COMPARISON, "product-manager-vs-product-owner", text);
    expect(r.ok ? [] : r.errors.map(formatError)).toEqual([
      `${COMPARISON}:10: ## !!!: has no letters or digits to make a link anchor from. Use words in the heading.`,
      `${COMPARISON}:18: ## Key differences: row "???" has no letters or digits to make a link anchor from. Use words in the label.`,
    ]);
  });

  it("an area order that is not a whole number of 1 or more, and a team key that is not an area's file name", () => {
    const bad = (order: string) => {
      const r = parseArea(AREA, "product-backlog", areaFile().replace("order: 1", `order: ${order}`));
      return r.ok ? [] : r.errors.map(formatError);
    };
    expect(bad("0")).toEqual([`${AREA}:4: order: must be 1 or more: 1 comes first.`]);
    expect(bad("1.5")).toEqual([`${AREA}:4: order: must be a whole number (e.g. 5), not the number 1.5.`]);
    const t = parseTeam(
      TEAM,
      "both",
      teamFile("roles: [product-owner, scrum-master]\nrulings:\n  Product Backlog:\n    outside: The client orders the backlog, outside this team."),
    );
    expect(t.ok ? [] : t.errors.map(formatError)).toEqual([`${TEAM}:6: rulings.Product Backlog: each key must be an area's file name, e.g. product-backlog.`]);
  });

  it("a role title that is too short", () => {
    expect(parseProductOwner(roleFile({ title: "X" }))).toEqual([`${ROLE}:2: title: is too short: write the role's name, e.g. Product Owner.`]);
  });
});
