import { describe, expect, it } from "vitest";
import { formatError } from "@/lib/content/errors";
import { linkContent } from "@/lib/model/link";
import type { ContentModel } from "@/lib/model/types";
import { parseLadder } from "@/lib/content/parse-ladder";
import { parseRole } from "@/lib/content/parse-role";
import { growsFrom, ladderThreads } from "@/lib/model/threads";
import { FIXTURE_AREAS, ladderFile, parsedContent, parsedRoleFixture, roleFile } from "./fixtures";

/** A fixture role; `grows` is its grows_from block's entries, `anchor: role#anchor` each. */
const role = (slug: string, title: string, responsibilities: string, o: { grows?: string[]; buildsOn?: string; skills?: string } = {}) => {
  const grows = o.grows?.length ? `grows_from:\n${o.grows.map((g) => `  ${g}`).join("\n")}\n` : "";
  const growth = o.skills ? `\n\n## Growth path\n\n### Beginner\n\n${o.skills}` : "";
  return parsedRoleFixture(slug, {
    title,
    aliases: "[]",
    buildsOn: o.buildsOn,
    responsibilities,
    extraFrontMatter: grows,
    worksWith: `- **${slug === "scrum-master" ? "Product Manager" : "Scrum Master"}**: Works alongside them.${growth}`,
  });
};

const apm = (grows: string[] = []) =>
  role("associate-product-manager", "Associate Product Manager", "- **Internal collaboration**: Works with other teams.\n- **Data gathering**: Gathers data.", {
    grows,
  });
const pm = (grows = ["stakeholder-management: associate-product-manager#internal-collaboration"]) =>
  role("product-manager", "Product Manager", "- **Stakeholder management**: Wins support.\n- **Product vision** `product-backlog: A`: Sets the vision.", {
    grows,
    skills: "- **Mentoring**: Helps a newer colleague.",
  });
const spm = (grows = ["senior-stakeholder-relationships: product-manager#stakeholder-management", "skill-coaching: product-manager#skill-mentoring"]) =>
  role("senior-product-manager", "Senior Product Manager", "- **Senior stakeholder relationships**: Deals with senior stakeholders.", {
    grows,
    buildsOn: "product-manager",
    skills: "- **Coaching**: Coaches product managers.",
  });
const hop = (
  grows = [
    "c-suite-collaboration: senior-product-manager#senior-stakeholder-relationships",
    "board-updates: senior-product-manager#senior-stakeholder-relationships",
  ],
) =>
  role(
    "head-of-product",
    "Head of Product",
    "- **C-suite collaboration**: Works with executives.\n- **Board updates**: Reports to the board.\n- **Budget**: Manages it.",
    {
      grows,
    },
  );
const other = () => role("scrum-master", "Scrum Master", "- **Coaching the team**: Coaches Scrum.");

const LADDER = "[associate-product-manager, product-manager, senior-product-manager, head-of-product]";

function build(roles = [apm(), pm(), spm(), hop(), other()]): { model?: ContentModel; errors: string[] } {
  const l = parseLadder("content/ladders/product-management.md", "product-management", ladderFile(LADDER));
  if (!l.ok) return { errors: l.errors.map(formatError) };
  const r = linkContent(parsedContent({ roles, ladders: [l.value], areas: [FIXTURE_AREAS[0]!] }));
  return r.ok ? { model: r.value, errors: [] } : { errors: r.errors.map(formatError) };
}

describe("ladderThreads", () => {
  const { model, errors } = build();
  it("follows each thread from the lowest rung upward, one path per branch, each with its own anchor", () => {
    expect(errors).toEqual([]);
    const threads = ladderThreads(model!, model!.ladders[0]!).map((t) => [t.id, t.steps.map((s) => `${s.role.slug}#${s.item.id}`)]);
    expect(threads).toEqual([
      [
        "thread-internal-collaboration-to-c-suite-collaboration",
        [
          "associate-product-manager#internal-collaboration",
          "product-manager#stakeholder-management",
          "senior-product-manager#senior-stakeholder-relationships",
          "head-of-product#c-suite-collaboration",
        ],
      ],
      [
        "thread-internal-collaboration-to-board-updates",
        [
          "associate-product-manager#internal-collaboration",
          "product-manager#stakeholder-management",
          "senior-product-manager#senior-stakeholder-relationships",
          "head-of-product#board-updates",
        ],
      ],
      ["thread-skill-mentoring", ["product-manager#skill-mentoring", "senior-product-manager#skill-coaching"]],
    ]);
  });
  it("leaves out items that grow from nothing and that nothing grows from", () => {
    const ids = ladderThreads(model!, model!.ladders[0]!).flatMap((t) => t.steps.map((s) => s.item.id));
    expect(ids).not.toContain("data-gathering");
    expect(ids).not.toContain("budget");
  });
  it("tells a role page what each item grows from", () => {
    const role = model!.roles.find((r) => r.slug === "senior-product-manager")!;
    const found = [...growsFrom(model!, role)].map(([id, s]) => [id, s.role.title, s.item.title]);
    expect(found).toEqual([
      ["senior-stakeholder-relationships", "Product Manager", "Stakeholder management"],
      ["skill-coaching", "Product Manager", "Mentoring"],
    ]);
  });
});

describe("grows_from validation", () => {
  const F = "content/roles/senior-product-manager.md";
  it("accepts the fixture", () => expect(build().errors).toEqual([]));
  it("names a key that is no item on the page", () => {
    expect(build([apm(), pm(), spm(["senior-stakeholder-relationship: product-manager#stakeholder-management"]), hop([]), other()]).errors).toEqual([
      `${F}:18: grows_from.senior-stakeholder-relationship: "senior-stakeholder-relationship" is not the anchor of a responsibility or growth skill on this page (did you mean "senior-stakeholder-relationships"?). Use an item's anchor: its bold title in lower case with hyphens (a skill's starts with skill-).`,
    ]);
  });
  it("names an unknown role", () => {
    expect(build([apm(), pm(), spm(["senior-stakeholder-relationships: product-manger#stakeholder-management"]), hop([]), other()]).errors).toEqual([
      `${F}:18: grows_from.senior-stakeholder-relationships: no role "product-manger" (did you mean "product-manager"?). Write the file name of a role in content/roles, without .md, then # and the item's anchor.`,
    ]);
  });
  it("catches a thread that points to a rung above, or to a role on no ladder with this one", () => {
    expect(build([apm(), pm(["stakeholder-management: senior-product-manager#senior-stakeholder-relationships"]), spm([]), hop([]), other()]).errors).toEqual([
      `content/roles/product-manager.md:17: grows_from.stakeholder-management: "senior-product-manager#senior-stakeholder-relationships" points to a rung that is not below it (on content/ladders/product-management.md, senior-product-manager is rung 3 and product-manager rung 2). Point it to an item of a role on a lower rung of a ladder that has both.`,
    ]);
    expect(build([apm(), pm(["stakeholder-management: scrum-master#coaching-the-team"]), spm([]), hop([]), other()]).errors).toEqual([
      `content/roles/product-manager.md:17: grows_from.stakeholder-management: "scrum-master#coaching-the-team" points to a rung that is not below it (no ladder has both product-manager and scrum-master). Point it to an item of a role on a lower rung of a ladder that has both.`,
    ]);
  });
  it("names an anchor the lower role does not have, with the nearest one", () => {
    expect(build([apm(), pm(), spm(["skill-coaching: product-manager#skill-mentor"]), hop([]), other()]).errors).toEqual([
      `${F}:18: grows_from.skill-coaching: content/roles/product-manager.md has no item with the anchor "skill-mentor" (did you mean "skill-mentoring"?). Use the anchor of one of its responsibilities or growth skills.`,
    ]);
  });
  it("asks for role#anchor", () => {
    const r = parseRole(F, "senior-product-manager", roleFile({ extraFrontMatter: "grows_from:\n  backlog-management: stakeholder-management\n" }));
    expect(r.ok ? [] : r.errors.map(formatError)).toEqual([
      `${F}:17: grows_from.backlog-management: must be a role slug and an item's anchor, e.g. product-manager#stakeholder-management.`,
    ]);
  });
});
