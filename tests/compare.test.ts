import { describe, expect, it } from "vitest";
import { comparePair, compareLinksFor, relatedPairs, similar, splitPair, whoDoesWhat } from "@/lib/model/compare";
import { formatError } from "@/lib/content/errors";
import { linkContent } from "@/lib/model/link";
import type { ContentModel } from "@/lib/model/types";
import { parseComparison } from "@/lib/content/parse-comparison";
import { parseRole } from "@/lib/content/parse-role";
import { comparisonFile, roleFile, parsedContent } from "./fixtures";

const scrum = (items: string) => `## Scrum events and artefacts\n\n${items}\n\n## Works with`;
const pm = roleFile({
  title: "Product Manager",
  aliases: "[PM]",
  related: "[product-owner]",
  responsibilities: "- **Product vision**: Sets the vision.\n- **Backlog management**: Prioritises features.\n- **Market analysis**: Studies the market.",
  worksWith: "- **Product Owner**: Hands over the vision.\n- **Scrum Master**: Talks about pace.",
}).replace("## Works with", scrum("- **Sprint review** `R`: Gives market context."));
const po = roleFile({
  responsibilities: "- **Managing the backlog**: Orders the backlog.\n- **Acceptance testing**: Accepts stories.",
  worksWith: "- **Scrum Master**: Gets coaching.",
}).replace("## Works with", scrum("- **Sprint review** `R`: Demonstrates the increment.\n- **Sprint planning** `R`: Presents items."));
const sm = roleFile({ title: "Scrum Master", aliases: "[SM]", related: "[product-owner]", worksWith: "- **PO**: Helps with the backlog." });
const comparison = comparisonFile();

function build(comparisonText = comparison): { model?: ContentModel; errors: string[] } {
  const roles = [
    ["product-manager", pm],
    ["product-owner", po],
    ["scrum-master", sm],
  ].map(([slug, text]) => {
    const r = parseRole(`content/roles/${slug}.md`, slug!, text!);
    if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
    return r.value;
  });
  const c = parseComparison("content/comparisons/product-manager-vs-product-owner.md", "product-manager-vs-product-owner", comparisonText);
  if (!c.ok) return { errors: c.errors.map(formatError) };
  const linked = linkContent(parsedContent({ roles, comparisons: [c.value], ladders: [] }));
  return linked.ok ? { model: linked.value, errors: [] } : { errors: linked.errors.map(formatError) };
}
const model = build().model!;

describe("comparePair", () => {
  const c = comparePair(model, "product-manager", "product-owner")!;

  it("marks overlapping responsibilities as shared and keeps the rest distinct", () => {
    expect(c.responsibilities.shared.map((m) => [m.a.title, m.b.title])).toEqual([["Backlog management", "Managing the backlog"]]);
    expect(c.responsibilities.onlyA.map((r) => r.title)).toEqual(["Product vision", "Market analysis"]);
    expect(c.responsibilities.onlyB.map((r) => r.title)).toEqual(["Acceptance testing"]);
  });

  it("aligns Scrum activities, leaving a gap where one role has no part", () => {
    expect(c.scrum.map((r) => [r.label, r.cells.map(Boolean)])).toEqual([
      ["Sprint planning", [false, true]],
      ["Sprint review", [true, true]],
    ]);
  });

  it("finds shared collaborators and what each says about the other", () => {
    expect(c.worksWith.shared).toEqual(["scrum-master"]);
    expect(c.worksWith.aAboutB).toBe("<p>Hands over the vision.</p>");
    expect(c.worksWith.bAboutA).toBeUndefined();
  });

  it("shows the curated comparison for the pair", () => {
    expect(c.curated?.sections[0]?.rows[0]).toEqual({ id: "focus", label: "Focus", cells: ["<p>Strategy.</p>", "<p>Backlog.</p>"] });
    expect(c.reversed).toBe(false);
  });

  it("turns everything round for the reversed order, curated cells included", () => {
    const r = comparePair(model, "product-owner", "product-manager")!;
    expect(r.roles.map((x) => x.slug)).toEqual(["product-owner", "product-manager"]);
    expect(r.reversed).toBe(true);
    expect(r.curated?.sections[0]?.rows[0]?.cells).toEqual(["<p>Backlog.</p>", "<p>Strategy.</p>"]);
    expect(r.responsibilities.onlyA.map((x) => x.title)).toEqual(["Acceptance testing"]);
  });

  it("returns nothing for an unknown role or a role compared with itself", () => {
    expect(comparePair(model, "product-manager", "nobody")).toBeUndefined();
    expect(comparePair(model, "product-manager", "product-manager")).toBeUndefined();
  });
});

describe("pair URLs", () => {
  it("splits a pair slug on the -vs- that separates two roles", () => {
    expect(splitPair(model, "product-owner-vs-scrum-master")).toEqual(["product-owner", "scrum-master"]);
    expect(splitPair(model, "product-owner-vs-nobody")).toBeUndefined();
  });
  it("lists each related pair once, even when only one side names the other", () => {
    // Only the scrum master lists the product owner, and "scrum-master" sorts after "product-owner".
    expect(relatedPairs(model).map(([a, b]) => `${a.slug} ${b.slug}`)).toEqual(["product-manager product-owner", "scrum-master product-owner"]);
  });
  it("lists a profile's curated comparisons first, then its other collaborators", () => {
    const role = model.roles.find((r) => r.slug === "product-manager")!;
    const links = compareLinksFor(model, role);
    expect(links.curated.map((c) => c.slug)).toEqual(["product-manager-vs-product-owner"]);
    expect(links.others).toEqual(["scrum-master"]);
  });
});

describe("who does what", () => {
  it("has a column for each role with a Scrum part and a row for each activity someone does", () => {
    const m = whoDoesWhat(model);
    expect(m.roles.map((r) => r.slug)).toEqual(["product-manager", "product-owner"]);
    expect(m.rows.map((r) => [r.label, r.cells.map(Boolean)])).toEqual([
      ["Sprint planning", [false, true]],
      ["Sprint review", [true, true]],
    ]);
  });
});

describe("curated comparison errors", () => {
  it("names a role that does not exist", () => {
    const bad = comparison.replace("roles: [product-manager, product-owner]", "roles: [product-manager, product-ownr]");
    expect(build(bad).errors).toEqual([
      'content/comparisons/product-manager-vs-product-owner.md:4: roles: do not match the file name. Name the file "product-manager-vs-product-ownr.md", or change roles to match it.',
    ]);
  });
  it("names a role missing from the site once the file name matches", () => {
    const bad = comparison.replace("roles: [product-manager, product-owner]", "roles: [product-manager, scrum-mastr]");
    const c = parseComparison("content/comparisons/product-manager-vs-scrum-mastr.md", "product-manager-vs-scrum-mastr", bad);
    expect(c.ok).toBe(true);
    const roles = (["product-manager", "scrum-master"] as const).map((s) => {
      const r = parseRole(
        `content/roles/${s}.md`,
        s,
        s === "scrum-master"
          ? roleFile({ title: "Scrum Master", aliases: "[SM]", worksWith: "- **PM**: x." })
          : pm.replace("- **Product Owner**: Hands over the vision.\n", "").replace("[product-owner]", "[]"),
      );
      if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
      return r.value;
    });
    const linked = linkContent(parsedContent({ roles, comparisons: c.ok ? [c.value] : [], ladders: [] }));
    expect(linked.ok ? [] : linked.errors.map(formatError)).toEqual([
      'content/comparisons/product-manager-vs-scrum-mastr.md: roles[1]: no role "scrum-mastr" (did you mean "scrum-master"?). Use the file name of a role in content/roles, without .md.',
    ]);
  });
  it("requires the table's columns to be the two roles in order", () => {
    const bad = comparison.replace("| Dimension | Product Manager | Product Owner |", "| Dimension | Product Owner | Product Manager |");
    expect(build(bad).errors).toEqual([
      'content/comparisons/product-manager-vs-product-owner.md:12: the table\'s role columns are "Product Owner", "Product Manager"; they must be "Product Manager", "Product Owner", in the order of roles.',
    ]);
  });
});

describe("similar", () => {
  it("matches titles that share most key words", () => {
    expect(similar("Backlog management", "Managing the backlog")).toBe(true);
    expect(similar("Stakeholder management", "Stakeholder communication")).toBe(false);
  });
});

describe("a curated comparison's anchors", () => {
  it("may not take an id the comparison page uses for its own sections or computed rows", () => {
    const text = comparisonFile(
      "## Side by side\n\nText.\n\n## Key differences\n\n| Dimension | Product Manager | Product Owner |\n| --- | --- | --- |\n| Area vision | Sets it. | Conveys it. |\n",
    );
    expect(build(text).errors).toEqual([
      "content/comparisons/product-manager-vs-product-owner.md:10: ## Side by side: gives the anchor #side-by-side, which is already used. Give the section a different heading.",
      'content/comparisons/product-manager-vs-product-owner.md:18: ## Key differences: row "Area vision" gives the anchor #area-vision, which is already used. Give the row a different label.',
    ]);
  });
});
