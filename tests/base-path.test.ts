import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as rootRoutes from "@/lib/site/routes";
import { buildIndex } from "@/lib/site/search";
import { searchDoc } from "./fixtures";
import { bundleIslands } from "../scripts/islands";
import { baseToServe, createSiteHandler, exportBase } from "../scripts/serve";

/*
 * A site built with BASE_PATH=/handbook, as GitHub Pages serves a project at /<repo>: every
 * address carries the prefix, while the export's files do not. lib/site/routes.ts reads the base
 * path when it loads, so these tests load it (and what uses it) again with the variable set.
 */

const BASE = "/handbook";

async function underBase<T>(load: () => Promise<T>, env: Record<string, string> = {}): Promise<T> {
  vi.stubEnv("BASE_PATH", BASE);
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  vi.resetModules();
  return load();
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the base path setting", () => {
  it("takes none, / or a path of URL-safe parts", () => {
    for (const none of [undefined, "", "/"]) expect(rootRoutes.normaliseBase(none)).toBe("");
    expect(rootRoutes.normaliseBase("/handbook")).toBe("/handbook");
    expect(rootRoutes.normaliseBase("/team-roles/v2.1_x~y")).toBe("/team-roles/v2.1_x~y");
  });

  it("refuses anything else, saying what to write instead", () => {
    const refusal = (value: string) => {
      try {
        rootRoutes.normaliseBase(value);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error(`${value} was accepted`);
    };
    expect(refusal("handbook")).toBe('BASE_PATH is "handbook": it must start with "/", as in "/handbook".');
    expect(refusal("/handbook/")).toBe('BASE_PATH is "/handbook/": it must not end with "/"; write "/handbook".');
    expect(refusal("/team roles")).toContain('"team roles" cannot be part of an address prefix');
    expect(refusal("/a//b")).toContain("an empty part (//)");
    expect(refusal("/a/../b")).toContain('".." cannot be part');
    expect(refusal("/r%C3%B4les")).toContain('"r%C3%B4les" cannot be part');
  });
});

describe("addresses with no base path", () => {
  it("are the paths inside the site, with no doubled slash", () => {
    const { HOME, ROLES, previewImageUrl, roleUrl, pageFile, exportFile, SEARCH_INDEX, withBasePath } = rootRoutes;
    expect([HOME, ROLES, roleUrl("po"), previewImageUrl(HOME), previewImageUrl(roleUrl("po"))]).toEqual([
      "/",
      "/roles",
      "/roles/po",
      "/opengraph-image",
      "/roles/po/opengraph-image",
    ]);
    expect([pageFile(HOME), pageFile(roleUrl("po")), exportFile(SEARCH_INDEX)]).toEqual(["index.html", "roles/po.html", "search-index.json"]);
    expect(withBasePath('<a href="/roles/po">PO</a>')).toBe('<a href="/roles/po">PO</a>');
  });
});

describe("addresses under a base path", () => {
  it("all carry it, once", async () => {
    const routes = await underBase(() => import("@/lib/site/routes"));
    const addresses = Object.entries(routes).filter((e): e is [string, string] => typeof e[1] === "string" && e[1].startsWith("/"));
    expect(addresses.length).toBeGreaterThan(15);
    for (const [name, address] of addresses) {
      expect(address === BASE || address.startsWith(`${BASE}/`), `${name} is ${address}`).toBe(true);
      expect(address, name).not.toContain("//");
    }
    expect(routes.HOME).toBe(BASE);
    expect(routes.roleUrl("po")).toBe("/handbook/roles/po");
    expect(routes.roleItemUrl("po", "backlog")).toBe("/handbook/roles/po#backlog");
    expect(routes.compareUrl("a", "b")).toBe("/handbook/compare/a-vs-b");
    expect(routes.pairPreviewUrl("a", "b")).toBe("/handbook/compare/a-vs-b/preview.png");
    expect(routes.previewImageUrl(routes.HOME)).toBe("/handbook/opengraph-image");
    expect(routes.previewImageUrl(routes.ladderUrl("pm"))).toBe("/handbook/ladders/pm/opengraph-image");
    expect(routes.islandUrl("search-box")).toBe("/handbook/islands/search-box.js");
    expect(routes.roleDataUrl("po")).toBe("/handbook/data/roles/po.json");
    expect(routes.yourTeamUrl(["po", "sm"])).toBe("/handbook/teams/yours?role=po&role=sm");
    expect(routes.yourTeamUrl([])).toBe("/handbook/teams/yours");
  });

  it("name files in the export without it, where a host serves the folder at the base path", async () => {
    const routes = await underBase(() => import("@/lib/site/routes"));
    expect(routes.pageFile(routes.HOME)).toBe("index.html");
    expect(routes.pageFile(routes.roleUrl("po"))).toBe("roles/po.html");
    expect(routes.pageFile(routes.NOT_FOUND)).toBe("404.html");
    expect(routes.exportFile(routes.SEARCH_INDEX)).toBe("search-index.json");
    expect(routes.exportFile(routes.REDIRECTS)).toBe("_redirects");
    expect(routes.sitePath(routes.COMPARE_PICK)).toBe("/compare#pick");
    expect(() => routes.sitePath("/roles/po")).toThrow("/roles/po is not an address under the base path /handbook.");
    expect(() => routes.sitePath("/handbookx/roles")).toThrow("not an address under the base path");
  });

  it("find a pair of roles in the browser's address, prefix and all", async () => {
    const routes = await underBase(() => import("@/lib/site/routes"));
    const isRole = (s: string) => ["sponsor", "scrum-master"].includes(s);
    expect(routes.pairInPath("/handbook/compare/sponsor-vs-scrum-master", isRole)).toEqual(["sponsor", "scrum-master"]);
    expect(routes.pairInPath("/compare/sponsor-vs-scrum-master", isRole)).toBeUndefined();
    expect(routes.pathWords("/handbook/roles/sponsr")).toEqual(["sponsr"]);
  });

  it("reach the links authors write in Markdown, and only those", async () => {
    const { withBasePath } = await underBase(() => import("@/lib/site/routes"));
    const html =
      '<p><a href="/roles/po" title="x">PO</a>, <a href="https://example.org/">out</a>, <a href="#here">here</a>, <a href="//cdn.example/">cdn</a></p>';
    expect(withBasePath(html)).toBe(
      '<p><a href="/handbook/roles/po" title="x">PO</a>, <a href="https://example.org/">out</a>, <a href="#here">here</a>, <a href="//cdn.example/">cdn</a></p>',
    );
    expect(withBasePath('<img src="/logo.svg" alt="">')).toBe('<img src="/handbook/logo.svg" alt="">');
    // Markup written as text is escaped, so it is not a link.
    expect(withBasePath('<code>&#x3C;a href="/roles/po"></code>')).toBe('<code>&#x3C;a href="/roles/po"></code>');
  });
});

describe("absolute addresses under a base path", () => {
  for (const siteUrl of ["https://org.example/handbook", "https://org.example"]) {
    it(`are right whether SITE_URL ends with the base path or not (${siteUrl})`, async () => {
      const { absoluteUrl, URL_ROOT } = await underBase(() => import("@/lib/site/metadata"), { SITE_URL: siteUrl });
      const { roleUrl, HOME } = await import("@/lib/site/routes");
      expect(URL_ROOT).toBe("https://org.example");
      expect(absoluteUrl(roleUrl("po"))).toBe("https://org.example/handbook/roles/po");
      expect(absoluteUrl(HOME)).toBe("https://org.example/handbook");
    });
  }

  it("point a redirect page's refresh, link and canonical at the address with the base path", async () => {
    const { redirectPage } = await underBase(() => import("@/lib/site/redirects"), { SITE_URL: "https://org.example/handbook" });
    const { roleUrl } = await import("@/lib/site/routes");
    const page = redirectPage({ from: roleUrl("po"), to: roleUrl("product-owner"), title: "Product Owner", why: "Another name." }, "/handbook/_next/s.css");
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/handbook/roles/product-owner">');
    expect(page).toContain('<a href="/handbook/roles/product-owner">');
    expect(page).toContain('<link rel="canonical" href="https://org.example/handbook/roles/product-owner">');
  });
});

describe("the build's last step under a base path", () => {
  const nextPage = (extra: string) =>
    `<!DOCTYPE html><html><head><link rel="stylesheet" href="/handbook/_next/static/chunks/a.css"/><script src="/handbook/_next/static/chunks/b.js" async=""></script>${extra}</head><body><p>Hi</p></body></html>`;

  it("removes Next's scripts, keeps the islands, and puts the base path into Next's preview image addresses", async () => {
    const { finishPage } = await underBase(() => import("../scripts/finish-export"), { SITE_URL: "https://org.example/handbook" });
    const page = finishPage(
      nextPage(
        '<script type="module" async="" src="/handbook/islands/search-box.js"></script><meta property="og:image" content="https://org.example/roles/po/opengraph-image?1"/><meta name="twitter:image" content="https://org.example/handbook/compare/a-vs-b/preview.png"/>',
      ),
      "roles/po.html",
    );
    expect(page).not.toContain("b.js");
    expect(page).toContain('src="/handbook/islands/search-box.js"');
    expect(page).toContain('<meta property="og:image" content="https://org.example/handbook/roles/po/opengraph-image?1">');
    expect(page).toContain('<meta name="twitter:image" content="https://org.example/handbook/compare/a-vs-b/preview.png">');
  });

  it("stops the build when a page loads an island from outside the base path", async () => {
    const { finishPage } = await underBase(() => import("../scripts/finish-export"));
    expect(() => finishPage(nextPage('<script type="module" src="/islands/search-box.js"></script>'), "x.html")).toThrow("neither an island nor JSON-LD");
  });

  it("writes redirect pages where the host serves them, and _redirects lines with the base path", async () => {
    const { finishExport } = await underBase(() => import("../scripts/finish-export"));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "finish-base-"));
    try {
      fs.writeFileSync(path.join(out, "index.html"), nextPage(""));
      fs.mkdirSync(path.join(out, "roles"));
      vi.spyOn(console, "log").mockImplementation(() => {});
      await finishExport(out);
      expect(fs.readFileSync(path.join(out, "roles", "po.html"), "utf8")).toContain('content="0; url=/handbook/roles/product-owner"');
      expect(fs.existsSync(path.join(out, "handbook"))).toBe(false);
      expect(fs.readFileSync(path.join(out, "_redirects"), "utf8").split("\n")).toContain("/handbook/roles/po /handbook/roles/product-owner 308");
    } finally {
      vi.restoreAllMocks();
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("the islands under a base path", () => {
  const islandCode = async (base?: string) => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "islands-base-"));
    try {
      await bundleIslands(process.cwd(), out, true, base);
      const files = fs.readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));
      return files.map((f) => fs.readFileSync(path.join(out, f), "utf8")).join("\n");
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  };

  it("have the base path written in, since a browser has no process.env", async () => {
    const code = await islandCode(BASE);
    expect(code).not.toContain("process.env");
    expect(code).toContain('"/handbook"');
    expect(await islandCode(undefined)).not.toContain("/handbook");
  }, 30_000);

  it("refuse a base path that is not one", async () => {
    await expect(bundleIslands(process.cwd(), os.tmpdir(), false, "handbook/")).rejects.toThrow('BASE_PATH is "handbook/"');
  });
});

describe("npm start under a base path", () => {
  let root: string;
  let server: http.Server;
  let origin: string;
  const files: Record<string, string> = {
    "index.html": '<!DOCTYPE html><link rel="stylesheet" href="/handbook/_next/static/chunks/a.css"><title>Home</title>',
    "404.html": "<!DOCTYPE html><title>Page not found</title>",
    "roles/product-owner.html": "<!DOCTYPE html><title>Product Owner</title>",
    "islands/chunks/c-ABC.js": "export{}",
    "search.html": '<!DOCTYPE html><input id="search-page-q"><div id="search-results"></div>',
    "teams/yours.html":
      '<!DOCTYPE html><form><input type="checkbox" name="role" value="product-owner"><input type="checkbox" name="role" value="scrum-master"></form>',
    "data/roles.json": JSON.stringify({
      roles: [
        { slug: "product-owner", title: "Product Owner", aliases: ["PO"] },
        { slug: "scrum-master", title: "Scrum Master", aliases: ["SM"] },
      ],
    }),
    _redirects: "/handbook/roles/po /handbook/roles/product-owner 308\n",
  };

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "serve-base-"));
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    const doc = searchDoc({ summary: "Orders the backlog." });
    fs.writeFileSync(path.join(root, "search-index.json"), JSON.stringify(buildIndex([{ ...doc, url: "/handbook/roles/product-owner" }])));
    // Started as `npm start -- --base /handbook` is, with no BASE_PATH in the environment.
    server = http.createServer(createSiteHandler({ root, base: baseToServe(root, BASE) }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    fs.rmSync(root, { recursive: true, force: true });
  });
  const get = (p: string) => fetch(`${origin}${p}`, { redirect: "manual" });
  const location = async (p: string) => (await get(p)).headers.get("location");

  it("reads the base path the export was built for, and refuses another", () => {
    expect(exportBase(root)).toBe(BASE);
    expect(() => baseToServe(root, "/docs")).toThrow(
      `was built for the base path /handbook, not "/docs": build it again with BASE_PATH=/docs, or start it with --base "/handbook".`,
    );
    expect(() => baseToServe(root, "")).toThrow('not ""');
  });

  it("serves the site under the prefix, sends / there, and nothing outside it", async () => {
    expect(await (await get("/handbook")).text()).toContain("<title>Home</title>");
    expect(await (await get("/handbook/roles/product-owner")).text()).toContain("<title>Product Owner</title>");
    expect(await location("/handbook/")).toBe("/handbook");
    expect(await location("/")).toBe("/handbook");
    for (const outside of ["/roles/product-owner", "/handbookx", "/index.html"]) expect((await get(outside)).status, outside).toBe(404);
    expect((await get("/handbook/_redirects")).status).toBe(404);
  });

  it("answers alias addresses, the picker, search and your team under the prefix", async () => {
    expect(await location("/handbook/roles/po")).toBe("/handbook/roles/product-owner");
    expect(await location("/handbook/compare/go?a=po&b=sm")).toBe("/handbook/compare/product-owner-vs-scrum-master");
    expect(await location("/handbook/compare/go?a=po&b=PO")).toBe("/handbook/roles/product-owner");
    expect(await location("/handbook/compare/go?a=po&b=nobody")).toBe("/handbook/compare#pick");
    expect(await (await get("/handbook/search?q=PO")).text()).toContain('<a href="/handbook/roles/product-owner"');
    expect(await (await get("/handbook/teams/yours?role=SM")).text()).toMatch(/value="scrum-master" checked/);
  });

  it("caches the islands' hashed chunks for good", async () => {
    expect((await get("/handbook/islands/chunks/c-ABC.js")).headers.get("cache-control")).toContain("immutable");
  });

  it("answers the same when BASE_PATH is set for the server too", async () => {
    const serve = await underBase(() => import("../scripts/serve"));
    const other = http.createServer(serve.createSiteHandler({ root }));
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(other.address() as AddressInfo).port}/handbook/compare/go?a=po&b=sm`, { redirect: "manual" });
      expect(res.headers.get("location")).toBe("/handbook/compare/product-owner-vs-scrum-master");
    } finally {
      other.close();
    }
  });
});
