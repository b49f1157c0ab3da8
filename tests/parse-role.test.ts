import { describe, expect, it } from "vitest";
import { formatError } from "@/lib/content/errors";
import { parseRole } from "@/lib/content/parse-role";
import { roleFile } from "./fixtures";

const FILE = "content/roles/product-owner.md";
const parse = (text: string) => parseRole(FILE, "product-owner", text);
const messages = (text: string) => {
  const r = parse(text);
  if (r.ok) throw new Error("expected errors");
  return r.errors.map(formatError);
};

describe("parseRole", () => {
  it("turns a valid file into a typed role with anchored responsibilities", () => {
    const r = parse(roleFile());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.title).toBe("Product Owner");
    expect(r.value.aliases).toEqual(["PO"]);
    expect(r.value.responsibilities).toEqual([
      {
        id: "backlog-management",
        title: "Backlog management",
        html: "<p>Orders the product backlog.</p>",
        area: "product-backlog",
        level: "A",
        inTeams: {},
        line: 24,
      },
      {
        id: "acceptance-testing",
        title: "Acceptance testing",
        html: "<p>Accepts completed stories.</p>",
        area: "accepting-work",
        level: "A",
        inTeams: {},
        line: 25,
      },
    ]);
    expect(r.value.worksWith).toMatchObject([{ name: "Scrum Master", html: "<p>Gets coaching on Scrum.</p>" }]);
    expect(r.value.purposeHtml).toBe("<p>Maximises the value of the product.</p>");
  });

  it("keeps a date written as YYYY-MM-DD as that text, not a Date shifted by time zone", () => {
    const r = parse(roleFile());
    expect(r.ok && r.value.updated).toBe("2026-11-23");
  });

  it("rejects a date that is not a real day", () => {
    expect(messages(roleFile().replace("updated: 2026-11-23", "updated: 2026-02-30"))).toEqual([
      `${FILE}:10: updated: is not a real calendar date; write it as YYYY-MM-DD, e.g. 2026-11-23.`,
    ]);
  });

  it("names a typo'd front-matter key, its line and the likely fix", () => {
    const text = roleFile().replace("title: Product Owner", "tittle: Product Owner");
    expect(messages(text)).toEqual([
      `${FILE}: title: is required but missing. Add a line \`title: …\`.`,
      `${FILE}:2: tittle: unknown field "tittle" (did you mean "title"?). Allowed fields here: title, summary, aliases, family, related, builds_on, grows_from, sources, dimensions, updated, visibility, changes.`,
    ]);
  });

  it("names the fields allowed inside a group or a list item, not the top level's", () => {
    const text = roleFile()
      .replace("  focus: Customer needs", "  focuss: Customer needs")
      .replace("  - title: The Scrum Guide (2020)", "  - title: The Scrum Guide (2020)\n    titel: Scrum Guide");
    const unknown = messages(text).filter((m) => m.includes("unknown field"));
    expect(unknown).toEqual([
      expect.stringMatching(/sources\[0\]\.titel: unknown field "titel" \(did you mean "title"\?\)\. Allowed fields here: title, url\.$/),
      expect.stringMatching(/dimensions\.focuss: unknown field "focuss" \(did you mean "focus"\?\)\. Allowed fields here: focus, scope, responsibility, communication\.$/),
    ]);
  });

  it("reports a missing title", () => {
    const text = roleFile().replace("title: Product Owner\n", "");
    expect(messages(text)).toEqual([`${FILE}: title: is required but missing. Add a line \`title: …\`.`]);
  });

  it("reports a file with no front matter", () => {
    expect(messages("# Product Owner\n\nSome text.\n")).toEqual([
      `${FILE}:1: has no front matter. Start the file with a line \`---\`, the fields (title: …, summary: …), then another \`---\`.`,
    ]);
  });

  it("reports broken YAML with its line", () => {
    const text = roleFile().replace("family: product-management", "family: [product-management");
    const [first] = messages(text);
    expect(first).toMatch(new RegExp(`^${FILE}:\\d+: front matter: is not valid YAML \\(.+\\)\\. Check indentation`));
  });

  it("suggests the right family for a typo", () => {
    const text = roleFile().replace("family: product-management", "family: delivry");
    expect(messages(text)).toEqual([
      `${FILE}:5: family: "delivry" is not allowed (did you mean "delivery"?). Use one of: product-management, delivery, design, engineering, governance, stakeholders.`,
    ]);
  });

  it("reports a missing family as missing, not as a bad value", () => {
    expect(messages(roleFile().replace("family: product-management\n", ""))).toEqual([`${FILE}: family: is required but missing. Add a line \`family: …\`.`]);
  });

  it("reports a family written as a map without crashing (found by the property tests)", () => {
    expect(messages(roleFile().replace("family: product-management", "family: {toString: 1}"))).toEqual([
      `${FILE}:5: family: a group of fields is not allowed. Use one of: product-management, delivery, design, engineering, governance, stakeholders.`,
    ]);
  });

  it("names a nested field with its index", () => {
    const text = roleFile().replace("url: https://scrumguides.org/scrum-guide.html", "url: scrumguides.org");
    expect(messages(text)).toEqual([`${FILE}:9: sources[0].url: must be a full web address starting with https://.`]);
  });

  it("collects every problem at once, front matter and body", () => {
    const text = roleFile({ responsibilities: "- Orders the backlog." }).replace("summary: Represents", "summary: Short.\nx: Represents");
    const all = messages(text);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.some((m) => m.includes("summary: is too short"))).toBe(true);
    expect(all.some((m) => m.includes('unknown field "x"'))).toBe(true);
    expect(all.some((m) => m.includes('does not start with a bold title; write it as "- **Short title**: description"'))).toBe(true);
  });

  it("rejects an unknown section and lists the allowed ones", () => {
    const text = roleFile().replace("## Why the role matters", "## Why it matters\n\nText.\n\n## Why the role matters");
    const [msg] = messages(text);
    expect(msg).toBe(
      `${FILE}:31: ## Why it matters: is not a section of a role (did you mean "Why the role matters"?). Use these headings: What the role is for; Responsibilities; Growth path; Scrum events and artefacts; Works with; Why the role matters; Notes.`,
    );
  });

  it("requires the required sections", () => {
    const text = roleFile().replace(/## Works with\n\n.*\n/, "");
    expect(messages(text)).toEqual([`${FILE}: ## Works with: is missing. Add a "## Works with" section.`]);
  });

  it("rejects an item with a title but no description", () => {
    expect(messages(roleFile({ responsibilities: "- **Backlog management**" }))).toEqual([
      `${FILE}:24: ## Responsibilities: "Backlog management" has a title but no description; add ": what the role does" after the bold title.`,
    ]);
  });

  it("rejects two responsibilities that would share an anchor", () => {
    const r = messages(roleFile({ responsibilities: "- **Backlog**: Orders it.\n- **backlog**: Refines it." }));
    expect(r).toEqual([`${FILE}:25: ## Responsibilities: "backlog" gives the anchor #backlog, which is already used on this page. Give it a different title.`]);
  });

  it("parses growth levels in order with their skills", () => {
    const body = roleFile().replace(
      "## Works with",
      "## Growth path\n\n### Beginner\n\n- **Learn Scrum**: Learns the events.\n\n### Advanced\n\n- **Stay adaptive**: Adapts to change.\n\n## Works with",
    );
    const r = parse(body);
    expect(r.ok && r.value.growth.map((g) => [g.level, g.id, g.skills.map((s) => s.title)])).toEqual([
      ["Beginner", "level-beginner", ["Learn Scrum"]],
      ["Advanced", "level-advanced", ["Stay adaptive"]],
    ]);
  });

  it("rejects a Scrum activity that does not exist", () => {
    const text = roleFile().replace("## Works with", "## Scrum events and artefacts\n\n- **Sprint planing** `R`: Presents items.\n\n## Works with");
    expect(messages(text)[0]).toContain(`"Sprint planing" is not a Scrum event or artefact (did you mean "Sprint planning"?)`);
  });

  it("reads a responsibility's area and RACI level from the tag after its bold title", () => {
    const r = parse(roleFile({ responsibilities: "- **Orders the backlog** `product-backlog: a`: Orders it." }));
    expect(r.ok && r.value.responsibilities.map((x) => [x.title, x.area, x.level])).toEqual([["Orders the backlog", "product-backlog", "A"]]);
  });

  it("reads the level in named team shapes after the role's own, on a responsibility and a Scrum item", () => {
    const text = roleFile({
      responsibilities:
        "- **Orders the backlog** `product-backlog: A; C in product-manager-and-product-owner, service-team; i in agency-product-team`: Orders it.",
    }).replace("## Works with", "## Scrum events and artefacts\n\n- **Sprint review** `R; A in scrum-team`: Shows the work.\n\n## Works with");
    const r = parse(text);
    if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
    expect(r.value.responsibilities.map((x) => [x.area, x.level, x.inTeams])).toEqual([
      ["product-backlog", "A", { "product-manager-and-product-owner": "C", "service-team": "C", "agency-product-team": "I" }],
    ]);
    expect(r.value.scrum.map((x) => [x.activity, x.level, x.inTeams])).toEqual([["sprint-review", "R", { "scrum-team": "A" }]]);
  });

  it("reports a malformed level for a team shape, a level that is not one, and a team shape given two levels", () => {
    expect(
      messages(
        roleFile({
          responsibilities:
            "- **Backlog** `product-backlog: A; C inn scrum-team`: Orders it.\n- **Done** `accepting-work: R; X in scrum-team`: Accepts it.\n- **Ship** `releases: R; A in scrum-team; C in scrum-team`: Ships.",
        }),
      ),
    ).toEqual([
      `${FILE}:24: ## Responsibilities: "Backlog": "C inn scrum-team" should name a level and the team shapes it holds in, e.g. "C in scrum-team, service-team".`,
      `${FILE}:25: ## Responsibilities: "Done": "X" is not a level. Use R (Responsible), A (Accountable), C (Consulted) or I (Informed).`,
      `${FILE}:26: ## Responsibilities: "Ship": "scrum-team" is given a level twice. Give each team shape one level.`,
    ]);
  });

  it("reports a responsibility with no tag, with the fix", () => {
    expect(
      messages(
        roleFile({
          body: roleFile()
            .split("\n---\n\n")[1]!
            .replace(/ `[^`]+`/g, ""),
        }),
      ),
    ).toEqual([
      `${FILE}:24: ## Responsibilities: "Backlog management" has no area and level. Add \`area: level\` in backticks after the bold title, e.g. - **Backlog management** \`product-backlog: R\`: …`,
      `${FILE}:25: ## Responsibilities: "Acceptance testing" has no area and level. Add \`area: level\` in backticks after the bold title, e.g. - **Acceptance testing** \`product-backlog: R\`: …`,
    ]);
  });

  it("reports a tag that is not area: level, and a level that is not R, A, C or I", () => {
    expect(
      messages(
        roleFile({
          responsibilities: "- **Backlog** `backlog`: Orders it.\n- **Done** `accepting-work: Accountable`: Accepts it.\n- **Ship** `releases: X`: Ships.",
        }),
      ),
    ).toEqual([
      `${FILE}:24: ## Responsibilities: "Backlog" has the tag \`backlog\`; write it as \`area: level\`, e.g. - **Backlog** \`product-backlog: R\`: …`,
      `${FILE}:25: ## Responsibilities: "Done": "Accountable" is not a level (did you mean "A"?). Use R (Responsible), A (Accountable), C (Consulted) or I (Informed).`,
      `${FILE}:26: ## Responsibilities: "Ship": "X" is not a level. Use R (Responsible), A (Accountable), C (Consulted) or I (Informed).`,
    ]);
  });

  it("requires a level on each Scrum item, and refuses tags on growth skills and Works with", () => {
    const text = roleFile({ worksWith: "- **Scrum Master** `C`: Gets coaching." }).replace(
      "## Works with",
      "## Growth path\n\n### Beginner\n\n- **Learn Scrum** `R`: Learns the events.\n\n## Scrum events and artefacts\n\n- **Sprint review**: Shows the work.\n\n## Works with",
    );
    expect(messages(text)).toEqual([
      `${FILE}:31: ### Beginner: "Learn Scrum" has a tag (\`R\`), but only responsibilities and Scrum items take one. Remove it.`,
      `${FILE}:35: ## Scrum events and artefacts: "Sprint review" has no level. Add it in backticks after the bold title, e.g. - **Sprint review** \`R\`: …`,
      `${FILE}:39: ## Works with: "Scrum Master" has a tag (\`C\`), but only responsibilities and Scrum items take one. Remove it.`,
    ]);
  });

  it("keeps every id the role page uses for itself free: a responsibility titled like a page section is refused", () => {
    for (const title of ["At a glance", "Career ladder", "Contents heading", "In team shapes", "Compare"]) {
      expect(messages(roleFile({ responsibilities: `- **${title}** \`product-backlog: R\`: Does it.` }))[0]).toContain("which is already used on this page");
    }
  });
});
