import { describe, expect, it } from "vitest";
import { buildIndex, loadIndex, runSearch, searchDocs } from "@/lib/site/search";
import { fixtureModel } from "./fixtures";

const site = fixtureModel([
  { slug: "product-owner", title: "Product Owner", aliases: ["PO"] },
  { slug: "scrum-master", title: "Scrum Master", aliases: ["SM"] },
  { slug: "delivery-manager", title: "Delivery Manager", aliases: ["DM"] },
  { slug: "product-manager", title: "Product Manager", aliases: ["PM"] },
  { slug: "associate-product-manager", title: "Associate Product Manager", aliases: ["APM"] },
  { slug: "group-product-manager", title: "Group Product Manager", aliases: ["GPM", "Product Lead"] },
  { slug: "head-of-product", title: "Head of Product", aliases: ["Director of Product"] },
  { slug: "chief-product-officer", title: "Chief Product Officer", aliases: ["CPO", "VP of Product"] },
  { slug: "sponsor", title: "Sponsor" },
]);
const index = buildIndex(searchDocs(site));
const top = (q: string) => runSearch(index, q)[0]?.url;

describe("search", () => {
  it.each([
    ["PO", "/roles/product-owner"],
    ["po", "/roles/product-owner"],
    ["DM", "/roles/delivery-manager"],
    ["APM", "/roles/associate-product-manager"],
    ["GPM", "/roles/group-product-manager"],
    ["VP", "/roles/chief-product-officer"],
    ["Product Lead", "/roles/group-product-manager"],
    ["director of product", "/roles/head-of-product"],
    ["scrum master", "/roles/scrum-master"],
  ])("%s finds %s first", (q, url) => {
    expect(top(q)).toBe(url);
  });

  it("finds a responsibility and links to its anchor on the role page", () => {
    const hit = runSearch(index, "backlog").find((h) => h.kind === "responsibility" && h.url.startsWith("/roles/product-owner#"));
    expect(hit?.url).toMatch(/^\/roles\/product-owner#[a-z0-9-]+$/);
    expect(hit?.role).toBe("Product Owner");
  });

  it("tolerates a typo in a longer word", () => {
    expect(top("sponser")).toBe("/roles/sponsor");
  });

  it("returns nothing for an empty query", () => {
    expect(runSearch(index, "   ")).toEqual([]);
  });

  it("gives the same results from the serialised index the browser loads", () => {
    const reloaded = loadIndex(JSON.stringify(index));
    expect(runSearch(reloaded, "backlog").map((h) => h.id)).toEqual(runSearch(index, "backlog").map((h) => h.id));
  });
});
