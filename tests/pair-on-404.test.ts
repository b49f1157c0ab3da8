// @vitest-environment jsdom
import { getAllByRole, getByRole, queryByRole } from "@testing-library/dom";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import ComparePage, { generateStaticParams } from "@/app/compare/[pair]/page";
import { enhanceNotFound } from "@/components/islands/not-found-suggestions";
import { formatError } from "@/lib/content/errors";
import { linkContent } from "@/lib/model/link";
import type { ContentModel } from "@/lib/model/types";
import { comparePairData, isRoleData } from "@/lib/site/pair-data";
import { roleData, roleDataSchema } from "@/lib/site/json-schema";
import { parseRole } from "@/lib/content/parse-role";
import { pairInPath, roleDataUrl } from "@/lib/site/routes";
import { parsedContent, roleFile } from "./fixtures";

/* A pair the build did not write, compared on the 404 page from the two roles' data files. */

// A dimension with characters that are markup in HTML: both the page and the island must show them as text.
const SPONSOR_FOCUS = `Funding <b>and</b> oversight & "trust".`;

function fixtureModel(): ContentModel {
  const files = {
    sponsor: roleFile({
      title: "Sponsor",
      aliases: "[]",
      responsibilities: "- **Funding the product** `product-backlog: I`: Pays for the work.",
      worksWith: "- **Product Owner**: Agrees the budget.",
    }).replace(/focus: .*/, `focus: '${SPONSOR_FOCUS}'`),
    "scrum-master": roleFile({
      title: "Scrum Master",
      aliases: "[SM]",
      responsibilities:
        "- **Coaching on refinement** `product-backlog: C`: Teaches backlog techniques.\n- **Definition of done** `accepting-work: R`: Keeps it.",
      worksWith: "- **Product Owner**: Helps with backlog techniques.",
    }),
    "product-owner": roleFile(),
  };
  const roles = Object.entries(files).map(([slug, text]) => {
    const r = parseRole(`content/roles/${slug}.md`, slug, text);
    if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
    return r.value;
  });
  const linked = linkContent(parsedContent({ roles }));
  if (!linked.ok) throw new Error(linked.errors.map(formatError).join("\n"));
  return linked.value;
}
const model = fixtureModel();

// The comparison page reads the model through lib/queries: give it the fixture roles.
vi.mock("@/lib/model/queries", () => ({
  getModel: () => model,
  getRoleTitles: () => new Map(model.roles.map((r) => [r.slug, r.title])),
}));

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
    expect(view.dimensions[0]!.cells).toEqual([SPONSOR_FOCUS, data("scrum-master").dimensions.focus]);
    expect(view.areas.map((a) => a.title)).toEqual(["Ordering the product backlog", "Accepting work as done"]);
    const done = view.areas.find((a) => a.id === "area-accepting-work")!;
    expect(done.cells[0]).toBeUndefined();
    expect(done.cells[1]?.items).toEqual([{ title: "Definition of done", level: "R", href: "/roles/scrum-master#definition-of-done" }]);
    expect(view.swapHref).toBe("/compare/scrum-master-vs-sponsor");
  });

  it("gives each cell the role's level in the area: the strongest of its items there", () => {
    const view = comparePairData(data("product-owner"), data("sponsor"));
    const backlog = view.areas.find((a) => a.id === "area-product-backlog")!;
    expect(backlog.cells.map((c) => c?.level)).toEqual(["A", "I"]);
  });

  it("accepts only the named role's data file", () => {
    expect(isRoleData(data("sponsor"), "sponsor")).toBe(true);
    expect(isRoleData(JSON.parse(JSON.stringify(data("sponsor"))), "sponsor")).toBe(true);
    expect(isRoleData(data("sponsor"), "scrum-master")).toBe(false);
    expect(isRoleData("<!DOCTYPE html><h1>Page not found</h1>", "sponsor")).toBe(false);
    expect(isRoleData({ ...data("sponsor"), dimensions: { focus: "x" } }, "sponsor")).toBe(false);
    expect(isRoleData({ ...data("sponsor"), responsibilities: [{ id: "x", title: "X", area: "a", level: "Z" }] }, "sponsor")).toBe(false);
  });

  it("accepts exactly what roleDataSchema accepts, for every file one change away from a real one", () => {
    let checked = 0;
    let rejected = 0;
    for (const role of model.roles) {
      const file: unknown = JSON.parse(JSON.stringify(data(role.slug)));
      for (const [path, doc] of [["(as written)", file] as const, ...oneChangeAway(file)]) {
        const valid = roleDataSchema.safeParse(doc).success;
        expect(isRoleData(doc, role.slug), `${role.slug}: ${path}`).toBe(valid);
        checked++;
        if (!valid) rejected++;
      }
    }
    // Every field at every depth was changed: growth's skills, Scrum parts and areas included.
    expect(checked).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(checked / 2);
  });
});

/** A value of each JSON type; the text is a valid sentence and title, but no slug, level or Scrum activity. */
const OTHERS: unknown[] = [null, 0, true, "Not a known value, written long enough.", [], {}];
const jsonType = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/** Each document made by leaving out one field of `doc`, or giving one value another type (or other text), by the path changed. */
function* oneChangeAway(doc: unknown): Generator<[string, unknown]> {
  const at = (root: unknown, path: readonly (string | number)[], change: (parent: Record<string | number, unknown>, key: string | number) => void) => {
    const copy: unknown = structuredClone(root);
    const parent = path.slice(0, -1).reduce((v: unknown, k) => (v as Record<string | number, unknown>)[k], copy) as Record<string | number, unknown>;
    change(parent, path.at(-1)!);
    return copy;
  };
  const visit = function* (value: unknown, path: (string | number)[]): Generator<[string, unknown]> {
    for (const other of OTHERS) {
      if (jsonType(other) === jsonType(value) && typeof value !== "string") continue;
      yield [`${path.join(".")} = ${JSON.stringify(other)}`, path.length ? at(doc, path, (p, k) => (p[k] = other)) : other];
    }
    if (value === null || typeof value !== "object") return;
    for (const [k, v] of Object.entries(value)) {
      const key = Array.isArray(value) ? Number(k) : k;
      if (!Array.isArray(value)) yield [`${[...path, k].join(".")} left out`, at(doc, [...path, key], (p) => delete p[key])];
      yield* visit(v, [...path, key]);
    }
  };
  yield* visit(doc, []);
}

function setUp() {
  document.title = "Page not found | Team Roles";
  document.body.innerHTML = `<main><div id="intro"><h1>Page not found</h1><p>There is no page at this address.</p></div>
    <div id="slot"></div><section><h2>All roles</h2><ul>
    <li><a data-role-link href="/roles/sponsor">Sponsor</a></li>
    <li><a data-role-link href="/roles/scrum-master" data-aliases="SM">Scrum Master</a></li>
    <li><a data-role-link href="/roles/product-owner" data-aliases="PO">Product Owner</a></li></ul></section></main>`;
  return { intro: document.getElementById("intro")!, slot: document.getElementById("slot")! };
}
// What the host serves: each role's data file as the build writes it, through JSON.
const files = new Map(model.roles.map((r) => [roleDataUrl(r.slug), JSON.parse(JSON.stringify(data(r.slug))) as unknown]));
const fakeFetch = () =>
  vi.fn(async (url: string) => {
    const body = files.get(url);
    if (body === undefined) throw new Error(`404 ${url}`);
    return body;
  });

describe("the 404 page's island on a pair that was not built", () => {
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
    const focus = dims.querySelector("#dimension-focus td")!;
    expect(focus.textContent).toBe(SPONSOR_FOCUS);
    expect(focus.children).toHaveLength(0);

    const areas = getByRole(intro, "table", { name: "Sponsor and Scrum Master: responsibilities by area of work" });
    const link = getByRole(areas, "link", { name: "Definition of done" });
    expect(link).toHaveAttribute("href", "/roles/scrum-master#definition-of-done");
    // The letter is seen, the word is read.
    const badge = link.parentElement!.querySelector("b")!;
    expect(badge.querySelector("[aria-hidden=true]")).toHaveTextContent("R");
    expect(badge.querySelector(".sr-only")).toHaveTextContent("Responsible");
    expect(areas.querySelector("#area-accepting-work td")).toHaveTextContent("No part.");

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

describe("a built pair, drawn as the 404 page would draw it", () => {
  const pair = "sponsor-vs-scrum-master";

  async function both() {
    expect(generateStaticParams()).toContainEqual({ pair });
    const built = document.createElement("div");
    built.innerHTML = renderToStaticMarkup(await ComparePage({ params: Promise.resolve({ pair }) }));
    const { intro, slot } = setUp();
    await enhanceNotFound(intro, slot, `/compare/${pair}`, fakeFetch());
    return { built, drawn: intro };
  }

  it("has the built page's heading, links and dimensions table, element for element, less the built rows' feedback links", async () => {
    const { built, drawn } = await both();
    // Feedback links need the site file, which the island has not: only the built page has them.
    const feedback = [...built.querySelectorAll("a")].filter((a) => a.textContent === "Question or disagree?");
    expect(feedback).toHaveLength(4);
    feedback.forEach((a) => a.parentElement!.remove());
    expect([...drawn.querySelectorAll("a")].filter((a) => a.textContent === "Question or disagree?")).toEqual([]);
    for (const selector of ["h1", "p.no-print", "h2#side-by-side", "section[aria-labelledby=side-by-side] [role=region]"]) {
      const page = built.querySelectorAll(selector);
      expect(page, selector).toHaveLength(1);
      expect(drawn.querySelector(selector)?.outerHTML, selector).toBe(page[0]!.outerHTML);
    }
  });

  it("uses only ids the built page has, so a link into a section or row works whether the pair was built or not", async () => {
    const { built, drawn } = await both();
    const ids = [...drawn.querySelectorAll("[id]")].map((el) => el.id);
    expect(ids).toEqual(expect.arrayContaining(["side-by-side", "dimension-focus", "compare-responsibilities", "area-product-backlog", "area-accepting-work"]));
    expect(ids.filter((id) => !built.querySelector(`[id="${id}"]`))).toEqual([]);
  });
});
