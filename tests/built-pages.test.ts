import { afterEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SMALL_SITE_ROLES, builtFiles, builtPages, builtPairs, pairPreviewImage } from "@/lib/site/built-pages";
import { pageFile, pairPreviewUrl } from "@/lib/site/routes";
import { exportProblems } from "../scripts/check-export";
import { formatError } from "@/lib/content/errors";
import { linkContent } from "@/lib/model/link";
import type { ContentModel } from "@/lib/model/types";
import { parseComparison } from "@/lib/content/parse-comparison";
import { parseRole } from "@/lib/content/parse-role";
import { redirectPage, siteRedirects } from "@/lib/site/redirects";
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

  it("draws one preview image a pair, which the pair's page shows in either order", () => {
    const small = site(5);
    const files = builtFiles(small);
    // An image costs about as much to draw as a page to render: half as many as there are ordered pairs.
    expect(files.filter((f) => f.endsWith("/preview.png"))).toHaveLength((8 * 7) / 2);
    for (const [a, b] of builtPairs(small)) expect(files, `${a} vs ${b}`).toContain(pairPreviewImage(small, a, b).url);
    expect(pairPreviewImage(small, "scrum-master", "product-owner").url).toBe(pairPreviewUrl("product-owner", "scrum-master"));
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

describe("the page registry", () => {
  const model = site(1);
  const pages = builtPages(model);

  it("lists a page for every role, every built pair and every fixed page, each once", () => {
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const r of model.roles) expect(paths).toContain(`/roles/${r.slug}`);
    expect(paths.filter((p) => p.startsWith("/compare/") && p.includes("-vs-"))).toHaveLength(builtPairs(model).length);
    expect(paths).toEqual(expect.arrayContaining(["/", "/roles", "/compare", "/teams/yours", "/search", "/404"]));
  });

  it("keeps the search page, the 404 page and uncurated pairs out of the sitemap, and dates each entry", () => {
    const listed = pages.filter((p) => p.inSitemap).map((p) => p.path);
    expect(listed).not.toContain("/search");
    expect(listed).not.toContain("/404");
    expect(listed).toContain("/compare/product-manager-vs-product-owner");
    expect(listed).not.toContain("/compare/product-owner-vs-product-manager");
    expect(listed).not.toContain("/compare/product-manager-vs-scrum-master");
    expect(pages.find((p) => p.path === "/roles/product-owner")?.updated).toBe(model.roles.find((r) => r.slug === "product-owner")!.updated);
  });
});

describe("an internal page in the internal build", () => {
  it("is built, but no sitemap lists it", () => {
    const parsed = parseRole(
      "content/roles/ops-lead.md",
      "ops-lead",
      roleFile({ title: "Ops Lead", aliases: "[]", worksWith: "- **Product Owner**: Agrees priorities.", extraFrontMatter: "visibility: internal" }),
    );
    if (!parsed.ok) throw new Error(parsed.errors.map(formatError).join("\n"));
    const roles = [role("product-owner", "Product Owner", [], "[PO]"), role("scrum-master", "Scrum Master", []), parsed.value];
    const linked = linkContent(parsedContent({ roles, comparisons: [], ladders: [] }), "internal");
    if (!linked.ok) throw new Error(linked.errors.map(formatError).join("\n"));
    const ops = builtPages(linked.value).find((p) => p.path === "/roles/ops-lead");
    expect(ops?.inSitemap).toBe(false);
    expect(builtPages(linked.value).find((p) => p.path === "/roles/product-owner")?.inSitemap).toBe(true);
  });
});

describe("the export check", () => {
  const model = site(1);
  let out: string;

  /** A complete export of the fixture site, as far as the check can tell. */
  function writeExport() {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "export-check-"));
    const write = (rel: string, text = "") => {
      fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
      fs.writeFileSync(path.join(out, rel), text);
    };
    for (const p of builtPages(model)) {
      const role = model.roles.find((r) => p.path === `/roles/${r.slug}`);
      write(pageFile(p.path), role ? role.responsibilities.map((r) => `<li id="${r.id}">`).join("") : "<p>");
    }
    for (const f of builtFiles(model)) write(f.slice(1));
    write("islands/search-box.js");
    const redirects = siteRedirects(model);
    for (const r of redirects) write(pageFile(r.from), redirectPage(r));
    write("_redirects", redirects.map((r) => `${r.from} ${r.to} 308\n`).join(""));
  }
  afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

  it("passes a complete export", () => {
    writeExport();
    expect(exportProblems(out, model, ["search-box"])).toEqual([]);
  });

  it("names a missing page, island, responsibility anchor or redirect", () => {
    writeExport();
    fs.rmSync(path.join(out, "teams/yours.html"));
    fs.writeFileSync(path.join(out, "roles/product-owner.html"), "<h1>Product Owner</h1>");
    fs.rmSync(path.join(out, "roles/po.html"));
    const problems = exportProblems(out, model, ["search-box", "your-team"]);
    expect(problems).toContain("teams/yours.html");
    expect(problems).toContain("islands/your-team.js");
    expect(problems.find((p) => p.startsWith("roles/product-owner.html has no anchor for"))).toBeDefined();
    expect(problems).toContain("roles/po.html does not refresh to /roles/product-owner");
  });
});
