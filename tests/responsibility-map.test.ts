import { describe, expect, it } from "vitest";
import { formatError } from "@/lib/content/errors";
import { linkContent } from "@/lib/model/link";
import type { ContentModel } from "@/lib/model/types";
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
const SRC = "source: The Scrum Guide (2020)\n    quote: accountable for effective Product Backlog management";
/** A team shape's rulings: the backlog to the product owner, and accepting work as given. */
const rulings = (acceptingWork = `accountable: product-manager\n    ${SRC}`, backlog = `accountable: product-owner\n    ${SRC}`) =>
  `${ROLES}\nrulings:\n  product-backlog:\n    ${backlog}\n  accepting-work:\n    ${acceptingWork}`;
/** The product manager with its backlog letter in the team shape "both" stated. */
const pmInBoth = role(
  "product-manager",
  "Product Manager",
  "- **Orders the backlog** `product-backlog: A; C in both`: Orders it.\n- **Accepts work** `accepting-work: A`: Accepts it.",
);
const checkWith = (roles: ReturnType<typeof role>[], teams: ReturnType<typeof team>[]) => {
  const r = linkContent(parsedContent({ roles, areas: FIXTURE_AREAS, teams }));
  return r.ok ? [] : r.errors.map(formatError);
};

describe("the responsibility map's consistency checks", () => {
  it("accepts a team shape that rules on every area, where every letter agrees with the ruling", () => {
    expect(checkWith([pmInBoth, po, sm], [team(rulings())])).toEqual([]);
  });

  it("reports a role's letter that disagrees with the team shape's ruling, naming both files and lines and the fix", () => {
    expect(check([team(rulings())]).errors).toEqual([
      'content/roles/product-manager.md:24: ## Responsibilities: content/teams/both.md:6 makes the Product Owner accountable for "Ordering the product backlog" in "Product manager and product owner", but the Product Manager is also A there. Give its letter in this team shape after its own, e.g. `product-backlog: A; C in both`.',
    ]);
  });

  it("reports an accountable role whose letter in the team is not A", () => {
    const errors = checkWith([pmInBoth, po, sm], [team(rulings(`accountable: scrum-master\n    ${SRC}`))]);
    expect(errors).toContainEqual(
      'content/roles/scrum-master.md: ## Responsibilities: content/teams/both.md:10 makes the Scrum Master accountable for "Accepting work as done" in "Product manager and product owner", but the Scrum Master has no letter there, not A. Give its letter in this team shape after its own, e.g. `accepting-work: R; A in both`, on a responsibility in this area.',
    );
  });

  it("reports an area a team shape does not rule on, and keeps outside and gap apart from an owner", () => {
    expect(checkWith([pmInBoth, po, sm], [team(`${ROLES}\nrulings:\n  product-backlog:\n    accountable: product-owner\n    ${SRC}`)])).toEqual([
      'content/teams/both.md:5: rulings: has no ruling on "Accepting work as done". Add `accepting-work:` under rulings, with accountable (a role and a source), whole_team, outside or gap.',
    ]);
    expect(checkWith([pmInBoth, po, sm], [team(rulings("outside: The client signs off work under its contract with the agency."))])).toEqual([
      'content/roles/product-manager.md:25: ## Responsibilities: content/teams/both.md:10 rules "Outside this team" for "Accepting work as done" in "Product manager and product owner", but the Product Manager is A there, though no one role answers for it. Give its letter in this team shape after its own, e.g. `accepting-work: A; C in both`.',
    ]);
  });

  it("requires a source a reader can open, and a quote, for a ruling that someone answers for an area", () => {
    const noQuote = parseTeam("content/teams/both.md", "both", teamFile(rulings("accountable: product-manager")));
    expect(noQuote.ok ? [] : noQuote.errors.map(formatError)).toEqual([
      "content/teams/both.md:10: rulings.accepting-work.source: is missing: a ruling that someone answers for the area needs a source and a quote from it.",
      "content/teams/both.md:10: rulings.accepting-work.quote: is missing: a ruling that someone answers for the area needs a source and a quote from it.",
    ]);
    const unknown = `accountable: product-manager\n    source: The Scrum Guid\n    quote: the Developers are required to conform`;
    expect(checkWith([pmInBoth, po, sm], [team(rulings(unknown))])).toEqual([
      'content/teams/both.md:12: rulings.accepting-work.source: "The Scrum Guid" is not one of this file\'s sources (did you mean "The Scrum Guide (2020)"?). Use a title from sources.',
    ]);
  });

  it("reports a letter for a team shape that does not exist or lacks the role", () => {
    const typo = role(
      "product-owner",
      "Product Owner",
      "- **Owns the backlog** `product-backlog: A; R in bth`: Orders it.\n- **Checks work** `accepting-work: R`: Checks it.",
    );
    expect(checkWith([pmInBoth, typo, sm], [team(rulings())])).toEqual([
      'content/roles/product-owner.md:24: ## Responsibilities: "Owns the backlog": no team shape "bth" (did you mean "both"?). Use the file name of a team shape in content/teams, without .md.',
    ]);
  });

  it("reports unknown areas and roles in a team file with the likely fix", () => {
    expect(check([team("roles: [product-manager, product-ownr]\nrulings: {}")]).errors).toEqual([
      'content/teams/both.md:4: roles.1: no role "product-ownr" (did you mean "product-owner"?). Use the file name of a role in content/roles, without .md.',
    ]);
    expect(
      check([team(`${ROLES}\nrulings:\n  product-backlg:\n    accountable: scrum-master\n    ${SRC}\n  accepting-work:\n    accountable: sponsor\n    ${SRC}`)])
        .errors,
    ).toEqual([
      'content/teams/both.md:6: rulings.product-backlg: no area "product-backlg" (did you mean "product-backlog"?). Use the file name of an area in content/areas, without .md.',
      'content/teams/both.md:11: rulings.accepting-work.accountable: "sponsor" is not in this team. Choose one of its roles: product-manager, product-owner, scrum-master.',
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
  const linked = linkContent(parsedContent({ roles: [pmInBoth, po, sm], areas: backlogDiffer(), teams: [team(rulings())] }));
  if (!linked.ok) throw new Error(linked.errors.map(formatError).join("\n"));
  const model: ContentModel = linked.value;
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

  it("uses each role's letter for the team shape, and the shape's ruling", () => {
    const t = model.teams[0]!;
    const c = coverage(model, t.roles, t).find((x) => x.area.slug === "product-backlog")!;
    expect(c.accountable.map((r) => r.slug)).toEqual(["product-owner"]);
    expect(c.parts.map((p) => [p.role.slug, p.level, p.pageLevel])).toEqual([
      ["product-owner", "A", "A"],
      ["product-manager", "C", "A"],
      ["scrum-master", "C", "C"],
    ]);
    expect(c.ruling).toMatchObject({ kind: "accountable", role: "product-owner", quote: "accountable for effective Product Backlog management" });
    expect(c.overrides).toBe(true);
    expect(c.differ).toHaveLength(1);
  });

  it("tells a role where its letter in a team shape differs from its own", () => {
    const [inTeam] = roleInTeams(
      model,
      model.roles.find((r) => r.slug === "product-manager")!,
    );
    expect(inTeam!.changed.map((c) => [c.area.slug, c.own, c.here])).toEqual([["product-backlog", "A", "C"]]);
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
        { area: "x", level: "C", inTeams: {} },
        { area: "x", level: "A", inTeams: { t: "I" } },
        { area: "x", level: "R", inTeams: {} },
      ]).get("x"),
    ).toBe("A");
    expect(
      levelsByArea(
        [
          { area: "x", level: "A", inTeams: { t: "I" } },
          { area: "x", level: "C", inTeams: {} },
        ],
        "t",
      ).get("x"),
    ).toBe("C");
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
    const t = parseTeam("content/teams/yours.md", "yours", teamFile(`${ROLES}\nrulings: {}`));
    if (!t.ok) throw new Error(t.errors.map(formatError).join("\n"));
    expect(check([t.value]).errors).toEqual(['content/teams/yours.md: the address /teams/yours is the "your team" page. Rename the file, e.g. yours-team.md.']);
  });
});

describe("one answer for the same role, item and team shape", () => {
  const body = (scrumTag: string) => `## What the role is for

Maximises the value of the product.

## Responsibilities

- **Owns the backlog** \`product-backlog: A\`: Orders it.
- **Checks work** \`accepting-work: R\`: Checks it.

## Scrum events and artefacts

- **Product backlog** \`${scrumTag}\`: Orders it with the team.

## Works with

- **Scrum Master**: Gets coaching.

## Why the role matters

Without it, nobody orders the work by value.
`;
  const owner = (scrumTag: string) => {
    const r = parseRole("content/roles/product-owner.md", "product-owner", roleFile({ aliases: "[]", body: body(scrumTag) }));
    if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
    return r.value;
  };
  const backlogArea = () => {
    const r = parseArea("content/areas/product-backlog.md", "product-backlog", areaFile({ extra: "scrum_artefact: product-backlog\n" }));
    if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
    return [r.value, FIXTURE_AREAS[1]!];
  };
  const scrumTeam = team(
    `${ROLES}\nscrum: true\nrulings:\n  product-backlog:\n    accountable: product-owner\n    ${SRC}\n  accepting-work:\n    accountable: product-manager\n    ${SRC}`,
  );
  const run = (scrumTag: string) => {
    const r = linkContent(parsedContent({ roles: [pmInBoth, owner(scrumTag), sm], areas: backlogArea(), teams: [scrumTeam] }));
    return r.ok ? [] : r.errors.map(formatError);
  };

  it("fails when a Scrum artefact's letter disagrees with the letter for the area about it in a Scrum team shape, naming both lines", () => {
    expect(run("C")).toEqual([
      'content/roles/product-owner.md:29: ## Scrum events and artefacts: gives the Product Owner C for the product backlog in the team shape "Product manager and product owner", but "Owns the backlog" (content/roles/product-owner.md:24) gives A for "Ordering the product backlog", which content/areas/product-backlog.md says is the same thing. Make the two letters agree, e.g. `A` or `C; A in both`.',
    ]);
  });

  it("accepts the two letters when they agree, or when the Scrum letter names the team shape it differs in", () => {
    expect(run("A")).toEqual([]);
    expect(run("C; A in both")).toEqual([]);
  });

  it("fails when no role can be accountable for an area, in any page or team shape", () => {
    const r = linkContent(parsedContent({ roles: [pm, po, sm] }));
    expect(r.ok ? [] : r.errors.map(formatError)).toEqual([]);
    const none = role(
      "product-owner",
      "Product Owner",
      "- **Owns the backlog** `product-backlog: A`: Orders it.\n- **Checks work** `accepting-work: R`: Checks it.",
    );
    const unowned = linkContent(parsedContent({ roles: [none, sm] }));
    expect(unowned.ok ? [] : unowned.errors.map(formatError)).toEqual([
      "content/areas/accepting-work.md: no role can be accountable for \"Accepting work as done\": no role's page gives it A and no team shape makes a role accountable. Give one role A for it, on its page or in a team shape's rulings.",
    ]);
  });
});

describe("the your-team stylesheet, for an area no ticked role's own page claims", () => {
  it("lets a role that a team shape makes accountable cover it, hiding the gap and no-one-accountable notes", () => {
    const css = yourTeamCss(["pm", "po"], [{ area: "research", doers: ["pm"], accountable: [], canAnswer: [{ role: "pm" }] }]);
    expect(css).toContain('.yt:has(#yt-pm:checked) #yt-area-research .yt-can[data-yt-can="pm"]{display:block}');
    expect(css).toContain(".yt:has(#yt-pm:checked) #yt-area-research .yt-noa, .yt:has(#yt-pm:checked) #yt-area-research .yt-gap");
  });
});
