import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content";
import { buildIndex, loadIndex, runSearch, searchDocs } from "@/lib/search";

const result = loadContent(path.resolve("content"));
if (!result.ok) throw new Error("content must be valid");
const index = buildIndex(searchDocs(result.value));
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
