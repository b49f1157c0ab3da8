import { describe, expect, it } from "vitest";
import { formatError } from "@/lib/content/errors";
import { ladderRungs, laddersFor, selfCheck, selfCheckSize } from "@/lib/model/ladder";
import { selfCheckCss } from "@/components/self-check-css";
import { linkContent } from "@/lib/model/link";
import type { ContentModel } from "@/lib/model/types";
import { parseLadder } from "@/lib/content/parse-ladder";
import { FIXTURE_AREAS, ladderFile, parsedContent, parsedRoleFixture } from "./fixtures";

const role = (slug: string, title: string, responsibilities: string, buildsOn?: string) =>
  parsedRoleFixture(slug, {
    title,
    aliases: "[]",
    buildsOn,
    responsibilities,
    worksWith: slug === "product-manager" ? "- **Associate Product Manager**: Supports them." : "- **Product Manager**: Works alongside them.",
  });
const roles = [
  role("associate-product-manager", "Associate Product Manager", "- **Feature ownership**: Looks after a small feature.\n- **Data gathering**: Gathers data."),
  role(
    "product-manager",
    "Product Manager",
    "- **Product vision** `product-backlog: A`: Sets the vision.\n- **Data and insight gathering**: Gathers research and data.",
  ),
  role("senior-product-manager", "Senior Product Manager", "- **Mentoring**: Mentors juniors.", "product-manager"),
  role("group-product-manager", "Group Product Manager", "- **People management**: Manages product managers.\n- **Mentoring**: Mentors and develops juniors."),
  role("head-of-product", "Head of Product", "- **Portfolio budget**: Manages the budget.", "group-product-manager"),
];
const ALL = "[associate-product-manager, product-manager, senior-product-manager, group-product-manager, head-of-product]";

function build(rungs: string): { model?: ContentModel; errors: string[] } {
  const l = parseLadder("content/ladders/product-management.md", "product-management", ladderFile(rungs));
  if (!l.ok) return { errors: l.errors.map(formatError) };
  // One area, which the product manager answers for, so that every area can have an owner.
  const r = linkContent(parsedContent({ roles, comparisons: [], ladders: [l.value], areas: [FIXTURE_AREAS[0]!] }));
  return r.ok ? { model: r.value, errors: [] } : { errors: r.errors.map(formatError) };
}

describe("ladderRungs", () => {
  const model = build(ALL).model!;
  const rungs = ladderRungs(model, model.ladders[0]!);

  it("keeps the rungs in the ladder's order, each linked to the one below and above", () => {
    expect(rungs.map((r) => [r.level, r.role.slug, r.below?.slug, r.above?.slug])).toEqual([
      [1, "associate-product-manager", undefined, "product-manager"],
      [2, "product-manager", "associate-product-manager", "senior-product-manager"],
      [3, "senior-product-manager", "product-manager", "group-product-manager"],
      [4, "group-product-manager", "senior-product-manager", "head-of-product"],
      [5, "head-of-product", "group-product-manager", undefined],
    ]);
  });

  it("counts duties the rung below already had as carried over, not new", () => {
    expect(rungs[1]!.added.map((r) => r.title)).toEqual(["Product vision"]);
    expect(rungs[1]!.carriedOver.map((c) => [c.item.title, c.below.title])).toEqual([["Data and insight gathering", "Data gathering"]]);
  });

  it("treats everything on a builds_on rung as new and lists what it inherits", () => {
    expect(rungs[2]!.added.map((r) => r.title)).toEqual(["Mentoring"]);
    expect(rungs[2]!.inherited.map((g) => g.from.slug)).toEqual(["product-manager"]);
  });

  it("finds carried-over duties on a rung that does not build on the one below", () => {
    expect(rungs[3]!.added.map((r) => r.title)).toEqual(["People management"]);
    expect(rungs[3]!.carriedOver.map((c) => c.item.title)).toEqual(["Mentoring"]);
  });

  it("tells a profile where it sits", () => {
    const [place] = laddersFor(model, "senior-product-manager");
    expect([place?.rung.level, place?.total, place?.rung.below?.slug, place?.rung.above?.slug]).toEqual([3, 5, "product-manager", "group-product-manager"]);
    expect(laddersFor(model, "nobody")).toEqual([]);
  });
});

describe("ladder errors", () => {
  it("names a rung that is not a role, with the likely fix", () => {
    expect(build("[associate-product-manager, product-manger]").errors).toEqual([
      'content/ladders/product-management.md:4: rungs[1]: no role "product-manger" (did you mean "product-manager"?). Each rung is the file name of a role in content/roles, without .md.',
    ]);
  });
  it("names a rung that appears twice", () => {
    expect(build("[associate-product-manager, product-manager, associate-product-manager]").errors).toEqual([
      'content/ladders/product-management.md:4: rungs[2]: "associate-product-manager" is already rung 1. Each role appears once on a ladder; remove one.',
    ]);
  });
  it("rejects a rung that builds on a role higher up the ladder", () => {
    expect(build("[senior-product-manager, product-manager]").errors).toEqual([
      'content/ladders/product-management.md:4: rungs[0]: "senior-product-manager" builds on "product-manager", which is higher on this ladder. Put "product-manager" below "senior-product-manager", or change builds_on in content/roles/senior-product-manager.md.',
    ]);
  });
  it("needs at least two rungs", () => {
    expect(build("[product-manager]").errors).toEqual(["content/ladders/product-management.md:4: rungs: needs at least two rungs, lowest first."]);
  });
});

describe("where am I? on a rung", () => {
  const model = build(ALL).model!;
  const ladder = model.ladders[0]!;
  const values = (slug: string) => selfCheck(model, ladder, slug)!.groups.map((g) => [g.role.slug, g.items.map((i) => i.value)]);

  it("offers the rung's own responsibilities, then only what the next rung adds", () => {
    expect(values("associate-product-manager")).toEqual([
      ["associate-product-manager", ["now-feature-ownership", "now-data-gathering"]],
      // The product manager's data gathering is carried over from the step below, so only the vision is new.
      ["product-manager", ["next-product-vision"]],
    ]);
    expect(values("senior-product-manager")).toEqual([
      ["senior-product-manager", ["now-mentoring"]],
      ["group-product-manager", ["next-people-management"]],
    ]);
  });

  it("has nothing next on the top rung, and no page for a role that is not on the ladder", () => {
    expect(values("head-of-product")).toEqual([["head-of-product", ["now-portfolio-budget"]]]);
    expect(selfCheck(model, ladder, "scrum-master")).toBeUndefined();
  });

  it("sizes the stylesheet for the rung with the most items, so every box has its rule", () => {
    expect(selfCheckSize(model)).toBe(3);
    const css = selfCheckCss(2);
    expect(css).toContain(".sc:has(#sc-2:checked) #sc-left-2{display:none}");
    expect(css).toContain(".sc:has(#sc-2:checked) #sc-done-2{display:list-item}");
    expect(css).not.toContain("sc-3");
  });
});
