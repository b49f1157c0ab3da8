import { describe, expect, it } from "vitest";
import { SMALL_SITE_ROLES, builtPairs } from "@/lib/built-pages";
import { formatError } from "@/lib/errors";
import { type ContentModel, linkContent } from "@/lib/model";
import { parseComparison } from "@/lib/parse-comparison";
import { parseRole } from "@/lib/parse-role";
import { redirectPage, siteRedirects } from "@/lib/redirects";
import { comparisonFile, parsedContent, roleFile } from "./fixtures";

function role(slug: string, title: string, related: string[], aliases = "[]") {
  const worksWith = slug === "product-owner" ? "- **Scrum Master**: Gets coaching." : "- **Product Owner**: Agrees priorities.";
  const r = parseRole(`content/roles/${slug}.md`, slug, roleFile({ title, aliases, related: `[${related.join(", ")}]`, worksWith }));
  if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
  return r.value;
}

/** The product manager, product owner and scrum master, plus `extra` roles that each name the next as related. */
function site(extra: number): ContentModel {
  const others = Array.from({ length: extra }, (_, i) => role(`role-${i}`, `Role ${i}`, i + 1 < extra ? [`role-${i + 1}`] : []));
  const roles = [
    role("product-manager", "Product Manager", ["product-owner"], "[PM]"),
    role("product-owner", "Product Owner", [], "[PO]"),
    role("scrum-master", "Scrum Master", ["product-owner"], "[SM, Scrum Lead & Coach]"),
    ...others,
  ];
  const c = parseComparison("content/comparisons/product-manager-vs-product-owner.md", "product-manager-vs-product-owner", comparisonFile());
  if (!c.ok) throw new Error(c.errors.map(formatError).join("\n"));
  const linked = linkContent(parsedContent({ roles, comparisons: [c.value], ladders: [] }));
  if (!linked.ok) throw new Error(linked.errors.map(formatError).join("\n"));
  return linked.value;
}

describe("what the build writes", () => {
  it("writes every pair in both orders while the site is small", () => {
    expect(builtPairs(site(5))).toHaveLength(8 * 7);
  });

  it(`writes only curated comparisons, in both orders, above ${SMALL_SITE_ROLES} roles`, () => {
    const large = site(SMALL_SITE_ROLES);
    // The 404 page compares every other pair from the roles' data files, so the build does not grow with the square of the roles.
    expect(builtPairs(large).map((p) => p.join(" "))).toEqual(["product-manager product-owner", "product-owner product-manager"]);
  });

  it("still writes one pair on a large site without curated comparisons, since a static export needs a page per route", () => {
    const large = site(SMALL_SITE_ROLES);
    expect(builtPairs({ ...large, comparisons: [] })).toEqual([["product-manager", "product-owner"]]);
  });
});

describe("redirect pages", () => {
  const redirects = siteRedirects(site(0));

  it("sends each alias and title of a role to its page", () => {
    expect(redirects).toContainEqual(expect.objectContaining({ from: "/roles/pm", to: "/roles/product-manager", title: "Product Manager" }));
    expect(redirects).toContainEqual(expect.objectContaining({ from: "/roles/scrum-lead-and-coach", to: "/roles/scrum-master" }));
    // A title's address is the role's own page, not a redirect.
    expect(redirects.map((r) => r.from)).not.toContain("/roles/product-manager");
  });

  it("writes a page that refreshes to the target, links to it and is not indexed", () => {
    const r = redirects.find((x) => x.from === "/roles/scrum-lead-and-coach")!;
    const html = redirectPage({ ...r, title: 'Scrum "Master" <&>' }, "/_next/static/chunks/site.css");
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/roles/scrum-master">');
    expect(html).toContain('<a href="/roles/scrum-master">Go to Scrum &quot;Master&quot; &lt;&amp;&gt;</a>');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css">');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en-GB">/);
  });
});
