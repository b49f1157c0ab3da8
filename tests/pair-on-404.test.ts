// @vitest-environment jsdom
import { getAllByRole, getByRole, queryByRole } from "@testing-library/dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { enhanceNotFound } from "@/components/islands/not-found-suggestions";
import { comparePairData, isRoleData, roleData } from "@/lib/pair-data";
import { getModel } from "@/lib/queries";
import { pairInPath, roleDataUrl } from "@/lib/routes";

/* A pair the build did not write, compared on the 404 page from the two roles' data files. */

const model = getModel();
const data = (slug: string) =>
  roleData(
    model,
    model.roles.find((r) => r.slug === slug)!,
  );
const isRole = (s: string) => model.roles.some((r) => r.slug === s);

afterEach(() => {
  document.body.innerHTML = "";
  document.title = "";
});

describe("a pair in a missing address", () => {
  it("names two roles only on a comparison address", () => {
    expect(pairInPath("/compare/sponsor-vs-scrum-master", isRole)).toEqual(["sponsor", "scrum-master"]);
    expect(pairInPath("/compare/sponsor-vs-scrum-master/", isRole)).toEqual(["sponsor", "scrum-master"]);
    expect(pairInPath("/compare/sponsor-vs-scrum-mastr", isRole)).toBeUndefined();
    expect(pairInPath("/compare/sponsor-vs-sponsor", isRole)).toBeUndefined();
    expect(pairInPath("/roles/sponsor-vs-scrum-master", isRole)).toBeUndefined();
    expect(pairInPath("/compare/x/sponsor-vs-scrum-master", isRole)).toBeUndefined();
    expect(pairInPath("/compare/%E0%A4%A-vs-sponsor", isRole)).toBeUndefined();
  });
});

describe("comparing two roles' data files", () => {
  it("lines up the four dimensions and every area either role works in, in the areas' order", () => {
    const view = comparePairData(data("sponsor"), data("scrum-master"));
    expect(view.title).toBe("Sponsor vs Scrum Master");
    expect(view.dimensions.map((d) => d.label)).toEqual(["Focus", "Scope", "Responsibility", "Communication"]);
    expect(view.dimensions[0]!.cells).toEqual([data("sponsor").dimensions.focus, data("scrum-master").dimensions.focus]);
    const used = new Set([...data("sponsor").responsibilities, ...data("scrum-master").responsibilities].map((r) => r.area));
    expect(view.areas.map((a) => a.title)).toEqual(model.areas.filter((a) => used.has(a.slug)).map((a) => a.title));
    const item = model.roles.find((r) => r.slug === "scrum-master")!.responsibilities[0]!;
    const row = view.areas.find((a) => a.id === `area-${item.area}`)!;
    expect(row.cells[1]?.items).toContainEqual({ title: item.title, level: item.level, href: `/roles/scrum-master#${item.id}` });
    expect(view.swapHref).toBe("/compare/scrum-master-vs-sponsor");
  });

  it("gives each cell the role's level in the area: the strongest of its items there", () => {
    const view = comparePairData(data("product-owner"), data("sponsor"));
    const backlog = view.areas.find((a) => a.id === "area-product-backlog")!;
    expect(backlog.cells[0]?.level).toBe("A");
  });

  it("accepts only the named role's data file", () => {
    expect(isRoleData(data("sponsor"), "sponsor")).toBe(true);
    expect(isRoleData(JSON.parse(JSON.stringify(data("sponsor"))), "sponsor")).toBe(true);
    expect(isRoleData(data("sponsor"), "scrum-master")).toBe(false);
    expect(isRoleData("<!DOCTYPE html><h1>Page not found</h1>", "sponsor")).toBe(false);
    expect(isRoleData({ ...data("sponsor"), dimensions: { focus: "x" } }, "sponsor")).toBe(false);
    expect(isRoleData({ ...data("sponsor"), responsibilities: [{ id: "x", title: "X", area: "a", level: "Z" }] }, "sponsor")).toBe(false);
  });
});

describe("the 404 page's island on a pair that was not built", () => {
  function setUp() {
    document.title = "Page not found | Team Roles";
    document.body.innerHTML = `<main><div id="intro"><h1>Page not found</h1><p>There is no page at this address.</p></div>
      <div id="slot"></div><section><h2>All roles</h2><ul>
      <li><a data-role-link href="/roles/sponsor">Sponsor</a></li>
      <li><a data-role-link href="/roles/scrum-master" data-aliases="SM">Scrum Master</a></li>
      <li><a data-role-link href="/roles/product-owner" data-aliases="PO">Product Owner</a></li></ul></section></main>`;
    return { intro: document.getElementById("intro")!, slot: document.getElementById("slot")! };
  }
  const files = new Map(["sponsor", "scrum-master", "product-owner"].map((s) => [roleDataUrl(s), JSON.parse(JSON.stringify(data(s))) as unknown]));
  const fakeFetch = () =>
    vi.fn(async (url: string) => {
      const body = files.get(url);
      if (body === undefined) throw new Error(`404 ${url}`);
      return body;
    });

  it("renders the comparison in place of the heading: a table of dimensions, responsibilities by area, and links", async () => {
    const { intro, slot } = setUp();
    const get = fakeFetch();
    await enhanceNotFound(intro, slot, "/compare/sponsor-vs-scrum-master", get);
    expect(get).toHaveBeenCalledWith("/data/roles/sponsor.json");
    expect(get).toHaveBeenCalledWith("/data/roles/scrum-master.json");
    expect(getByRole(document.body, "heading", { level: 1 })).toHaveTextContent("Sponsor vs Scrum Master");
    expect(queryByRole(document.body, "heading", { name: "Page not found" })).toBeNull();
    expect(document.title).toBe("Sponsor vs Scrum Master | Team Roles");

    const dims = getByRole(intro, "table", { name: "Sponsor and Scrum Master at a glance" });
    expect(getAllByRole(dims, "columnheader").map((th) => th.textContent)).toEqual(["Dimension", "Sponsor", "Scrum Master"]);
    // Each row header also holds its own "#" link, as on a built comparison page.
    expect(getAllByRole(dims, "rowheader").map((th) => th.firstChild?.textContent)).toEqual(["Focus ", "Scope ", "Responsibility ", "Communication "]);
    expect(dims.querySelectorAll("th[scope=col]")).toHaveLength(3);
    expect(dims.querySelectorAll("th[scope=row]")).toHaveLength(4);
    expect(dims).toHaveTextContent(data("sponsor").dimensions.scope);

    const areas = getByRole(intro, "table", { name: "Sponsor and Scrum Master: responsibilities by area of work" });
    const sm = model.roles.find((r) => r.slug === "scrum-master")!.responsibilities[0]!;
    const smLink = getByRole(areas, "link", { name: sm.title });
    expect(smLink).toHaveAttribute("href", `/roles/scrum-master#${sm.id}`);
    // The letter is seen, the word is read.
    const badge = smLink.parentElement!.querySelector("b")!;
    expect(badge.querySelector("[aria-hidden=true]")).toHaveTextContent(sm.level);
    expect(badge.querySelector(".sr-only")).toHaveTextContent({ A: "Accountable", R: "Responsible", C: "Consulted", I: "Informed" }[sm.level]);

    expect(getByRole(intro, "link", { name: "Sponsor" })).toHaveAttribute("href", "/roles/sponsor");
    expect(getByRole(intro, "link", { name: "Scrum Master" })).toHaveAttribute("href", "/roles/scrum-master");
    expect(getByRole(intro, "link", { name: "Compare other roles" })).toHaveAttribute("href", "/compare");
    expect(getByRole(intro, "link", { name: "Swap columns" })).toHaveAttribute("href", "/compare/scrum-master-vs-sponsor");
    expect(slot).toBeEmptyDOMElement();
  });

  it("falls back to suggestions when a half of the pair is not a role, without fetching", async () => {
    const { intro, slot } = setUp();
    const get = fakeFetch();
    await enhanceNotFound(intro, slot, "/compare/sponsor-vs-scrum-mastr", get);
    expect(get).not.toHaveBeenCalled();
    expect(getByRole(document.body, "heading", { level: 1 })).toHaveTextContent("Page not found");
    expect(getByRole(slot, "heading", { name: "Did you mean" })).toBeInTheDocument();
    expect(getByRole(slot, "link", { name: "Scrum Master" })).toHaveAttribute("href", "/roles/scrum-master");
    expect(document.title).toBe("Page not found | Team Roles");
  });

  it("leaves the 404 page as it was, with suggestions, when a data file cannot be fetched", async () => {
    const { intro, slot } = setUp();
    const before = intro.innerHTML;
    const get = vi.fn(async (url: string) => {
      if (url.endsWith("/scrum-master.json")) throw new Error("offline");
      return files.get(url);
    });
    await enhanceNotFound(intro, slot, "/compare/sponsor-vs-scrum-master", get);
    expect(intro.innerHTML).toBe(before);
    expect(document.title).toBe("Page not found | Team Roles");
    expect(getByRole(slot, "link", { name: "Sponsor" })).toHaveAttribute("href", "/roles/sponsor");
    expect(getByRole(document.body, "link", { name: "Product Owner" })).toBeInTheDocument();
  });

  it("does not trust a host that answers a missing data file with its HTML 404 page", async () => {
    const { intro, slot } = setUp();
    await enhanceNotFound(intro, slot, "/compare/sponsor-vs-scrum-master", async () => "<!DOCTYPE html><h1>Page not found</h1>");
    expect(getByRole(document.body, "heading", { level: 1 })).toHaveTextContent("Page not found");
    expect(getByRole(slot, "heading", { name: "Did you mean" })).toBeInTheDocument();
  });
});
