import { describe, expect, it } from "vitest";
import { buildIndex, loadIndex, runSearch } from "@/lib/site/search";
import { searchDocs, siteSearchIndex } from "@/lib/site/search-docs";
import { WHO_DOES_WHAT_IN_SCRUM, areaUrl, compareUrl, ladderUrl, roleUrl, teamUrl, whatIfUrl } from "@/lib/site/routes";
import { fixtureModel } from "./fixtures";
import { searchSite } from "./search-site";

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
    expect(hit?.about).toBe("Responsibility of the Product Owner");
  });

  it("tolerates a typo in a longer word", () => {
    expect(top("sponser")).toBe("/roles/sponsor");
  });

  it("returns nothing for an empty query", () => {
    expect(runSearch(index, "   ")).toEqual([]);
    expect(runSearch(index, "?!")).toEqual([]);
  });

  it("gives the same results from the serialised index the browser loads", () => {
    const reloaded = loadIndex(JSON.stringify(index));
    expect(runSearch(reloaded, "backlog").map((h) => h.id)).toEqual(runSearch(index, "backlog").map((h) => h.id));
  });
});

/** "What if" with one person holding both the Product Owner's and the Scrum Master's roles. */
const ONE_PERSON_PO_SM = whatIfUrl(["product-owner", "scrum-master"], { both: "product-owner", and: "scrum-master" });

describe("search answers the question", () => {
  const model = searchSite();
  const answers = siteSearchIndex(model);
  // Questions as people type them, and the page that answers each: it must come first.
  it.each([
    ["who owns the backlog", areaUrl("product-backlog")],
    ["Who owns the product backlog?", areaUrl("product-backlog")],
    ["backlog", areaUrl("product-backlog")],
    ["who removes blockers", areaUrl("impediments")],
    ["blockers", areaUrl("impediments")],
    ["who accepts work", areaUrl("accepting-work")],
    ["sprint goal", areaUrl("sprint-goal")],
    ["budget", areaUrl("budget-and-resourcing")],
    ["who manages the budget", areaUrl("budget-and-resourcing")],
    ["scrum team", teamUrl("scrum-team")],
    ["product owner", roleUrl("product-owner")],
    ["who is the product owner", roleUrl("product-owner")],
    ["what does a scrum master do", roleUrl("scrum-master")],
    ["PM vs PO", compareUrl("product-manager", "product-owner")],
    ["po versus pm", compareUrl("product-manager", "product-owner")],
    ["PM or PO?", compareUrl("product-manager", "product-owner")],
    ["pm vs delivery manager", compareUrl("product-manager", "delivery-manager")],
    ["product owner or scrum master", compareUrl("product-owner", "scrum-master")],
    ["difference between a scrum master and a delivery manager", compareUrl("delivery-manager", "scrum-master")],
    ["career ladder", ladderUrl("product-management")],
    ["who does what", WHO_DOES_WHAT_IN_SCRUM],
    ["product owner and scrum master", ONE_PERSON_PO_SM],
    ["po also scrum master", ONE_PERSON_PO_SM],
    ["can the product owner be the scrum master", ONE_PERSON_PO_SM],
    ["Can the Scrum Master also be the PO?", ONE_PERSON_PO_SM],
    ["should one person be SM and PO at the same time", ONE_PERSON_PO_SM],
    ["delivery manager as product manager", whatIfUrl(["delivery-manager", "product-manager"], { both: "delivery-manager", and: "product-manager" })],
  ])("%s → %s", (q, url) => {
    expect(runSearch(answers, q)[0]?.url).toBe(url);
  });

  it("shows an area's ruling with the hit: who is accountable in each team shape", () => {
    const [hit] = runSearch(answers, "who owns the backlog");
    expect(hit).toMatchObject({ title: "Ordering the product backlog", about: "Area of work" });
    expect(hit?.summary).toBe("Who answers for it: Product Owner (Scrum team); Product Manager (Service team).");
    expect(runSearch(answers, "sprint goal")[0]?.summary).toBe("Who answers for it: the whole team (Scrum team); Delivery Manager (Service team).");
  });

  it("lists the two roles after their comparison", () => {
    expect(
      runSearch(answers, "PM vs PO")
        .slice(0, 3)
        .map((h) => h.url),
    ).toEqual([compareUrl("product-manager", "product-owner"), roleUrl("product-manager"), roleUrl("product-owner")]);
  });

  it("names a generated comparison by its two roles, in the order of its address", () => {
    expect(runSearch(answers, "SM or PO")[0]).toMatchObject({ title: "Product Owner vs Scrum Master", about: "Comparison" });
  });

  it("links a pair without a curated comparison only when the build wrote a page for every pair", () => {
    const curatedOnly = buildIndex(searchDocs(model));
    const urls = runSearch(curatedOnly, "product owner vs scrum master").map((h) => h.url);
    expect(urls).not.toContain(compareUrl("product-owner", "scrum-master"));
    expect(urls.slice(0, 2)).toEqual([roleUrl("product-owner"), roleUrl("scrum-master")]);
    // A curated comparison is always built.
    expect(runSearch(curatedOnly, "PM vs PO")[0]?.url).toBe(compareUrl("product-manager", "product-owner"));
    // The address comes from the build, so a server that does not know the base path still links under it.
    const underBase = loadIndex(JSON.stringify(buildIndex(searchDocs(model), { everyPairAt: "/handbook/compare" })));
    expect(runSearch(underBase, "PO vs SM")[0]?.url).toBe("/handbook/compare/product-owner-vs-scrum-master");
  });

  it("shows what the sources say about a pairing with its hit, then the two roles", () => {
    const hits = runSearch(answers, "po and sm");
    expect(hits[0]).toMatchObject({ title: "One person as Product Owner and Scrum Master", about: "What if, for your team" });
    expect(hits[0]?.summary).toBe("The sources warn about this combination: “Two full-time jobs are too much for one person.”");
    expect(hits.slice(1, 3).map((h) => h.url)).toEqual([roleUrl("product-owner"), roleUrl("scrum-master")]);
    // Its words find it too.
    expect(runSearch(answers, "two full-time jobs").map((h) => h.url)).toContain(ONE_PERSON_PO_SM);
  });

  it("offers “what if” for two roles the site has no pairing for, only where the index says the page is", () => {
    expect(runSearch(answers, "developer and delivery manager")[0]).toMatchObject({
      title: "One person as Delivery Manager and Developer",
      url: whatIfUrl(["delivery-manager", "developer"], { both: "delivery-manager", and: "developer" }),
    });
    const withoutWhatIf = buildIndex(searchDocs(model));
    expect(
      runSearch(withoutWhatIf, "developer and delivery manager")
        .slice(0, 2)
        .map((h) => h.url),
    ).toEqual([roleUrl("developer"), roleUrl("delivery-manager")]);
    const underBase = loadIndex(JSON.stringify(buildIndex(searchDocs(model), { whatIfAt: "/handbook/teams/yours/what-if" })));
    expect(runSearch(underBase, "dev and dm")[0]?.url).toBe(
      "/handbook/teams/yours/what-if?role=delivery-manager&role=developer&both=delivery-manager&and=developer",
    );
  });

  it("reads “and” as one person holding two roles only between two roles, and “difference between … and …” as a comparison", () => {
    expect(runSearch(answers, "budget and blockers")[0]?.kind).toBe("area");
    expect(runSearch(answers, "difference between the product owner and the scrum master")[0]?.kind).toBe("comparison");
  });

  it("reads “or” as a comparison only between two roles", () => {
    expect(runSearch(answers, "budget or blockers").map((h) => h.kind)).not.toContain("comparison");
  });

  it("keeps the answers, and where every pair's page is, through the file the browser loads", () => {
    const reloaded = loadIndex(JSON.stringify(answers));
    for (const q of ["who owns the backlog", "product owner or scrum master", "po and sm", "dev and dm"]) {
      expect(runSearch(reloaded, q)).toEqual(runSearch(answers, q));
    }
  });
});
