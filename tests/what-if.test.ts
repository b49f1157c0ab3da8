import { describe, expect, it } from "vitest";
import { whatIfCss } from "@/components/what-if-css";
import { type Result, formatError } from "@/lib/content/errors";
import { parsePairing } from "@/lib/content/parse-pairing";
import { linkContent } from "@/lib/model/link";
import { type WhatIfInput, whatIf, whatIfConditions } from "@/lib/responsibilities/what-if";
import { pairingFile, parsedContent, parsedRoleFixture } from "./fixtures";

/*
 * "What if": the rule (lib/responsibilities/what-if.ts), the conditions the stylesheet is built
 * from (checked against the rule for every choice a reader can make on a small site), and the
 * pairing files' schema and messages. Fixture content only, so a site with other roles passes.
 */

const role = (slug: string, title: string, responsibilities: string) =>
  parsedRoleFixture(slug, { title, aliases: "[]", worksWith: "- **TODO: a role**: later.", responsibilities });

function site() {
  const linked = linkContent(
    parsedContent({
      roles: [
        role("owner", "Owner", "- **Order** `product-backlog: A`: Orders it.\n- **Accept** `accepting-work: A`: Accepts it."),
        role("coach", "Coach", "- **Help** `accepting-work: R`: Helps the team finish work."),
        role("manager", "Manager", "- **Shape** `product-backlog: R`: Shapes it.\n- **Hear** `accepting-work: C`: Hears about it."),
        role("maker", "Maker", "- **Build** `accepting-work: R`: Builds it."),
      ],
    }),
  );
  if (!linked.ok) throw new Error(linked.errors.map(formatError).join("\n"));
  return linked.value;
}
const model = site();

describe("what if one person holds two roles, or a role leaves", () => {
  it("gives the person holding two roles the union of their letters, strongest first, and counts it once", () => {
    const r = whatIf(model, { ticked: ["maker"], both: "coach", and: "manager" });
    expect(r.pair).toEqual(["coach", "manager"]);
    expect(r.carries).toEqual({ accountable: [], responsible: ["product-backlog", "accepting-work"] });
    expect(r.people).toEqual([
      { roles: ["coach", "manager"], accountable: 0, responsible: 2 },
      { roles: ["maker"], accountable: 0, responsible: 1 },
    ]);
  });

  it("lists the areas that lose who does the work, or who has the final say, when a role leaves, each area once", () => {
    // The backlog loses both, so it is one line that says so, not two.
    expect(whatIf(model, { ticked: ["owner", "coach"], left: "owner" }).losing).toEqual([
      { area: "product-backlog", loses: "work" },
      { area: "accepting-work", loses: "say" },
    ]);
    expect(whatIf(model, { ticked: ["owner", "manager"], left: "coach" }).losing).toEqual([]);
  });

  it("refuses a pair of the same role, or one that includes the role that left", () => {
    expect(whatIf(model, { ticked: [], both: "coach", and: "coach" })).toMatchObject({ problem: "same", pair: undefined, people: [] });
    expect(whatIf(model, { ticked: [], both: "coach", and: "owner", left: "owner" })).toMatchObject({ problem: "left", pair: undefined, people: [] });
  });

  it("reduces to conditions the no-JavaScript page tests: the same answers as whatIf for every choice", () => {
    const c = whatIfConditions(model);
    const slugs = model.roles.map((r) => r.slug);
    const options = ["", ...slugs];
    for (let mask = 0; mask < 1 << slugs.length; mask++) {
      const ticked = slugs.filter((_, i) => mask & (1 << i));
      for (const both of options)
        for (const and of options)
          for (const left of options) {
            const input = { ticked, both, and, left };
            const r = whatIf(model, input);
            expect(fromConditions(c, input), JSON.stringify(input)).toEqual({
              carries: r.carries,
              losing: r.losing,
              people: r.people.map((p) => `${[...p.roles].sort().join("+")} ${p.accountable}/${p.responsible}`).sort(),
            });
          }
    }
  });
});

/** What the stylesheet shows, read from the conditions as components/what-if-css.ts writes its rules. */
function fromConditions({ areas, roles }: ReturnType<typeof whatIfConditions>, { ticked, both = "", and = "", left = "" }: WhatIfInput) {
  const set = Boolean(both && and);
  const bad = set && (both === and || left === both || left === and);
  const held = (list: readonly string[]) => list.includes(both) || list.includes(and);
  const valid = set && !bad;
  const inTeam = (r: string) => ticked.includes(r) || r === both || r === and;
  // The cascade of leftRules: each step shows the line if the role that left is in the list, then hides it if another in the list is in the team.
  const step = (list: readonly string[], shown: boolean) => (list.filter((r) => r !== left).some(inTeam) ? false : list.includes(left) || shown);
  const losing = left
    ? areas.flatMap((a): { area: string; loses: "work" | "say" }[] => {
        const doers = [...a.accountable, ...a.responsible];
        const work = step(doers, false);
        return step(a.accountable, work) ? [{ area: a.area, loses: work ? "work" : "say" }] : [];
      })
    : [];
  const carries = {
    accountable: valid ? areas.filter((a) => held(a.accountable)).map((a) => a.area) : [],
    responsible: valid ? areas.filter((a) => held(a.responsible) && !held(a.accountable)).map((a) => a.area) : [],
  };
  const singles = roles.filter((r) => inTeam(r.role) && r.role !== left && !(r.role === both && and) && !(r.role === and && both));
  const people = bad
    ? []
    : [
        ...(valid ? [`${[both, and].sort().join("+")} ${carries.accountable.length}/${carries.responsible.length}`] : []),
        ...singles.map((r) => `${r.role} ${r.accountable}/${r.responsible}`),
      ].sort();
  return { carries, losing, people };
}

describe("the what-if stylesheet", () => {
  it("shows a pairing's note when its two roles are chosen, in either order", () => {
    const css = whatIfCss(whatIfConditions(model), [{ roles: ["coach", "owner"] }]);
    expect(css).toContain('.wi:has(#wi-both>[value="coach"]:checked):has(#wi-and>[value="owner"]:checked) #pairing-coach-and-owner,');
    expect(css).toContain('.wi:has(#wi-both>[value="owner"]:checked):has(#wi-and>[value="coach"]:checked) #pairing-coach-and-owner{display:block}');
  });
});

const errorsOf = <T>(r: Result<T>) => (r.ok ? [] : r.errors.map(formatError));
const FILE = "content/pairings/coach-and-owner.md";

describe("a pairing file", () => {
  it("reads its roles, its quotes with their addresses and its text", () => {
    const r = parsePairing(FILE, "coach-and-owner", pairingFile());
    if (!r.ok) throw new Error(errorsOf(r).join("\n"));
    expect(r.value).toMatchObject({ roles: ["coach", "owner"], warns: true, quotes: [{ source: "A guide", url: "https://example.org/guide" }] });
    expect(r.value.aboutHtml).toContain("one of the two jobs slips");
  });

  it("names the file, the line and the fix for each mistake", () => {
    expect(errorsOf(parsePairing(FILE, "coach-and-owner", pairingFile({ roles: "[owner, coach]" })))).toEqual([
      `${FILE}:2: roles: must be in alphabetical order, so each pair has one file: write [coach, owner].`,
    ]);
    expect(errorsOf(parsePairing("content/pairings/a-and-b.md", "a-and-b", pairingFile()))).toEqual([
      'content/pairings/a-and-b.md:2: roles: do not match the file name. Name the file "coach-and-owner.md", or change roles to match it.',
    ]);
    expect(errorsOf(parsePairing(FILE, "coach-and-owner", pairingFile({ source: "A gide" })))).toEqual([
      `${FILE}:5: quotes[0].source: "A gide" is not one of this file's sources. Use one of: "A guide", or add it under sources with its url.`,
    ]);
    expect(errorsOf(parsePairing(FILE, "coach-and-owner", pairingFile({ extra: "warn: yes\n" })))).toEqual([
      `${FILE}:10: warn: unknown field "warn" (did you mean "warns"?). Allowed fields here: roles, warns, quotes, sources, updated.`,
    ]);
  });

  it("must name roles that exist", () => {
    const r = parsePairing("content/pairings/coach-and-nobody.md", "coach-and-nobody", pairingFile({ roles: "[coach, nobody]" }));
    if (!r.ok) throw new Error(errorsOf(r).join("\n"));
    const linked = linkContent(
      parsedContent({
        roles: [role("coach", "Coach", "- **Help** `accepting-work: A`: Helps.\n- **Order** `product-backlog: A`: Orders.")],
        pairings: [r.value],
      }),
    );
    expect(errorsOf(linked)).toEqual([
      'content/pairings/coach-and-nobody.md:2: roles[1]: no role "nobody". Use the file name of a role in content/roles, without .md.',
    ]);
  });
});
