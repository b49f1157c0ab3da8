import { describe, expect, it } from "vitest";
import { type ContentError, formatError } from "@/lib/content/errors";
import { aliasAddresses, contentWarnings, inheritedResponsibilities, linkContent } from "@/lib/model/link";
import type { ContentModel } from "@/lib/model/types";
import { findRole } from "@/lib/model/find-role";
import { rankSuggestions, suggestionsForPath } from "@/lib/model/find-role";
import { parseRole } from "@/lib/content/parse-role";
import type { ParsedRole } from "@/lib/content/schema";
import { ladderFile, roleFile, scrumMasterFile, parsedContent } from "./fixtures";
import { parseLadder } from "@/lib/content/parse-ladder";
import type { ParsedLadder } from "@/lib/content/parse-ladder";

function ladderOf(rungs: string): ParsedLadder {
  const r = parseLadder("content/ladders/design.md", "design", ladderFile(rungs));
  if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
  return r.value;
}

function role(slug: string, text: string): ParsedRole {
  const r = parseRole(`content/roles/${slug}.md`, slug, text);
  if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
  return r.value;
}

const link = (roles: ParsedRole[]) => linkContent(parsedContent({ roles, comparisons: [], ladders: [] }));
const errorsOf = (roles: ParsedRole[]): string[] => {
  const r = link(roles);
  if (r.ok) throw new Error("expected errors");
  return r.errors.map((e: ContentError) => formatError(e));
};
const modelOf = (roles: ParsedRole[]): ContentModel => {
  const r = link(roles);
  if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
  return r.value;
};

const po = (o = {}) => role("product-owner", roleFile(o));
const sm = () => role("scrum-master", scrumMasterFile());

describe("linkContent", () => {
  it("resolves Works with names to role slugs, by title or alias", () => {
    const m = modelOf([po({ worksWith: "- **SM**: Gets coaching." }), sm()]);
    expect(m.roles.find((r) => r.slug === "product-owner")?.worksWith).toEqual([{ slug: "scrum-master", html: "<p>Gets coaching.</p>" }]);
  });

  it("reports a related role that does not exist, with the likely fix", () => {
    expect(errorsOf([po({ related: "[scrum-master, scrum-mastr]" }), sm()])).toEqual([
      `content/roles/product-owner.md: related[1]: no role "scrum-mastr" (did you mean "scrum-master"?). Use the file name of a role in content/roles, without .md.`,
    ]);
  });

  it("reports a duplicate alias, naming both files", () => {
    const other = role("proxy-owner", roleFile({ title: "Proxy Owner", aliases: "[PO]", worksWith: "- **Product Owner**: Stands in for them." }));
    expect(errorsOf([po(), other, sm()])).toEqual([
      `content/roles/proxy-owner.md: aliases: "PO" is already used by content/roles/product-owner.md. Each title, slug and alias must name one role; remove or change one of them.`,
    ]);
  });

  it("reports a Works with entry that names no role", () => {
    expect(errorsOf([po({ worksWith: "- **Scrum Mister**: Coaches." }), sm()])).toEqual([
      `content/roles/product-owner.md:29: ## Works with: no role called "Scrum Mister" (did you mean "Scrum Master"?). Start the item with the other role's title in bold.`,
    ]);
  });

  it("reports a builds_on loop", () => {
    const a = role("a-role", roleFile({ title: "A role", aliases: "[]", buildsOn: "b-role" }));
    const b = role("b-role", roleFile({ title: "B role", aliases: "[]", buildsOn: "a-role" }));
    const errs = errorsOf([a, b, sm()]);
    expect(errs).toContain(
      "content/roles/a-role.md: builds_on: makes a loop (a-role → b-role → a-role). A role cannot build, directly or indirectly, on itself.",
    );
  });

  it("rejects an alias whose address is another role's page", () => {
    const other = role("product-lead", roleFile({ title: "Lead of Products", aliases: "[]", worksWith: "- **Scrum Master**: Leads." }));
    expect(errorsOf([po({ aliases: "[PO, Product Lead]" }), other, sm()])).toEqual([
      `content/roles/product-owner.md: aliases[1]: "Product Lead" would have the address /roles/product-lead, which is content/roles/product-lead.md. Change or remove the alias.`,
    ]);
  });

  it("rejects two aliases on different roles that share one address", () => {
    const other = role("proxy-owner", roleFile({ title: "Proxy Owner", aliases: "[Product Lead]", worksWith: "- **Scrum Master**: Leads." }));
    expect(errorsOf([po({ aliases: "[PO, Product-Lead]" }), other, sm()])).toEqual([
      `content/roles/proxy-owner.md: aliases[0]: "Product Lead" would have the address /roles/product-lead, which "Product-Lead" in content/roles/product-owner.md already leads to. Change or remove the alias.`,
    ]);
  });

  it("warns about a Works with link the other role does not return", () => {
    const lonely = role("scrum-master", roleFile({ title: "Scrum Master", aliases: "[SM]", worksWith: "- **Sponsor**: Reports." }));
    const sponsor = role("sponsor", roleFile({ title: "Sponsor", aliases: "[]", worksWith: "- **Product Owner**: Funds." }));
    expect(contentWarnings(modelOf([po(), lonely, sponsor])).map(formatError)).toEqual([
      `content/roles/scrum-master.md: ## Works with: content/roles/product-owner.md says the Product Owner works with the Scrum Master, but this page does not name the Product Owner (or another rung of its ladder). Add "- **Product Owner**: …", or remove the link there if it only goes one way.`,
      `content/roles/sponsor.md: ## Works with: content/roles/scrum-master.md says the Scrum Master works with the Sponsor, but this page does not name the Scrum Master (or another rung of its ladder). Add "- **Scrum Master**: …", or remove the link there if it only goes one way.`,
      `content/roles/product-owner.md: ## Works with: content/roles/sponsor.md says the Sponsor works with the Product Owner, but this page does not name the Sponsor (or another rung of its ladder). Add "- **Sponsor**: …", or remove the link there if it only goes one way.`,
    ]);
  });

  it("counts a link as returned when the other page names another rung of the role's ladder, and only then", () => {
    const designer = role("product-designer", roleFile({ title: "Product Designer", aliases: "[]", worksWith: "- **Product Owner**: Designs." }));
    const lead = role("lead-product-designer", roleFile({ title: "Lead Product Designer", aliases: "[]", worksWith: "- **Product Owner**: Leads." }));
    const owner = role("product-owner", roleFile({ worksWith: "- **Product Designer**: Works with designers." }));
    const parsed = parsedContent({ roles: [designer, lead, owner] });
    const ladder = ladderOf("[product-designer, lead-product-designer]");
    const warned = (ladders: ParsedLadder[]) => {
      const r = linkContent({ ...parsed, ladders });
      if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
      return contentWarnings(r.value).map((e) => e.message);
    };
    expect(warned([ladder])).toEqual([]);
    expect(warned([])).toEqual([expect.stringContaining("says the Lead Product Designer works with the Product Owner, but this page does not name")]);
  });

  it("sorts roles by title", () => {
    expect(modelOf([sm(), po()]).roles.map((r) => r.title)).toEqual(["Product Owner", "Scrum Master"]);
  });
});

describe("derived data", () => {
  const pm = role("product-manager", roleFile({ title: "Product Manager", aliases: "[PM]", responsibilities: "- **Vision**: Sets the vision." }));
  const spm = role(
    "senior-product-manager",
    roleFile({ title: "Senior Product Manager", aliases: "[SPM]", buildsOn: "product-manager", responsibilities: "- **Mentoring**: Mentors juniors." }),
  );
  const hop = role(
    "head-of-product",
    roleFile({
      title: "Head of Product",
      aliases: "[Director of Product]",
      buildsOn: "senior-product-manager",
      responsibilities: "- **Budget**: Manages the budget.",
    }),
  );
  const coach = role("scrum-master", roleFile({ title: "Scrum Master", aliases: "[SM]", worksWith: "- **PM**: Coaches the team." }));
  const model = modelOf([pm, spm, hop, coach]);

  it("inherits responsibilities through several rungs, nearest first", () => {
    const head = model.roles.find((r) => r.slug === "head-of-product")!;
    expect(inheritedResponsibilities(model, head).map((g) => [g.from.slug, g.responsibilities.map((r) => r.title)])).toEqual([
      ["senior-product-manager", ["Mentoring"]],
      ["product-manager", ["Vision"]],
    ]);
  });

  it("finds a role by alias, title or slug, ignoring case", () => {
    expect(findRole(model.roles, "spm")?.slug).toBe("senior-product-manager");
    expect(findRole(model.roles, "director of product")?.slug).toBe("head-of-product");
    expect(findRole(model.roles, "product-manager")?.slug).toBe("product-manager");
  });

  it("gives every alias and title an address that leads to its role", () => {
    const map = aliasAddresses(model);
    expect(map.get("spm")).toBe("senior-product-manager");
    expect(map.get("director-of-product")).toBe("head-of-product");
    expect(map.has("product-manager")).toBe(false);
  });

  it("reads a malformed address as typed instead of crashing the 404 suggestions", () => {
    expect(() => suggestionsForPath(model.roles, "/roles/%E0%A4%A")).not.toThrow();
    expect(suggestionsForPath(model.roles, "/roles/%E0%A4%A-manager%").map((r) => r.slug)).toContain("product-manager");
  });

  it("suggests close roles for a mistyped slug", () => {
    expect(rankSuggestions(model.roles, "product-manger")[0]?.slug).toBe("product-manager");
    expect(rankSuggestions(model.roles, "scrum")[0]?.slug).toBe("scrum-master");
    expect(rankSuggestions(model.roles, "zzzz")).toEqual([]);
  });

  it("suggests both roles of a mistyped comparison address, once each", () => {
    const slugs = suggestionsForPath(model.roles, "/compare/product-manger-vs-scrum-mastr").map((r) => r.slug);
    expect(slugs[0]).toBe("product-manager");
    expect(slugs).toContain("scrum-master");
    const same = suggestionsForPath(model.roles, "/compare/product-manger-vs-product-mangr").map((r) => r.slug);
    expect(same).toEqual([...new Set(same)]);
    expect(same).toContain("product-manager");
  });
});
