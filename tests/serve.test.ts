import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { select, selectAll } from "hast-util-select";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndex } from "@/lib/site/search";
import { searchDoc } from "./fixtures";
import { bundleServer } from "../scripts/islands";
import { parsePage } from "../scripts/page-tree";
import { serveSite } from "./site-server";

/* The static server against a small export written to a temporary folder. */

let root: string;
let base: string;
let close: () => void;

const files: Record<string, string> = {
  "index.html": "<!DOCTYPE html><title>Home</title>",
  "404.html": "<!DOCTYPE html><title>Page not found</title><h1>Page not found</h1>",
  "roles/product-owner.html": "<!DOCTYPE html><title>Product Owner</title>",
  "ladders/product-management/opengraph-image": "PNG",
  "search.html":
    '<!DOCTYPE html><form><input name="q" type="search" id="search-page-q"/></form><div id="search-results"><div class="hint"><p>Type a role</p></div><p>or a task</p></div><footer>Footer</footer>',
  "data/roles.json": JSON.stringify({
    roles: [
      { slug: "product-owner", title: "Product Owner", aliases: ["PO"] },
      { slug: "scrum-master", title: "Scrum Master", aliases: ["SM"] },
      { slug: "delivery-manager", title: "Delivery Manager", aliases: ["DM"] },
      { slug: "sponsor", title: "Sponsor", aliases: [] },
    ],
  }),
  "teams/yours.html":
    '<!DOCTYPE html><form><input type="checkbox" id="yt-product-owner" class="h-5" name="role" value="product-owner"/><input class="h-5" name="role" value="scrum-master" type="checkbox" id="yt-scrum-master"/><input type="checkbox" id="yt-sponsor" class="h-5" name="role" value="sponsor"/></form>',
  _redirects: "/roles/po /roles/product-owner 308\n",
  "changes.xml": '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>What changed</title></feed>',
  "sitemap.xml": '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>',
};

beforeAll(async () => {
  const index = buildIndex([searchDoc({ summary: "Orders the <backlog>.", url: "/roles/product-owner" })]);
  ({ root, base, close } = await serveSite("serve-test", { ...files, "search-index.json": JSON.stringify(index) }));
});

afterAll(() => close());

const get = (p: string, init: RequestInit = {}) => fetch(`${base}${p}`, { redirect: "manual", ...init });

describe("the static server", () => {
  it("serves a page from its .html file, with the security headers", async () => {
    const res = await get("/roles/product-owner");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toContain("<title>Product Owner</title>");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self';");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves preview images, which have no extension, as PNG", async () => {
    expect((await get("/ladders/product-management/opengraph-image?abc")).headers.get("content-type")).toBe("image/png");
  });

  it("serves the change feed as Atom, which feed readers recognise, and other XML as XML", async () => {
    expect((await get("/changes.xml")).headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect((await get("/sitemap.xml")).headers.get("content-type")).toBe("application/xml; charset=utf-8");
  });

  it("answers an unknown address with the 404 page and a 404 status", async () => {
    const res = await get("/compare/x1-vs-y1");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Page not found");
  });

  it("answers a malformed address with 400, never 500", async () => {
    for (const p of ["/roles/%E0%A4%A", "/compare/%E0%A4%A-vs-po", "/%"]) {
      const res = await get(p);
      expect(res.status, p).toBe(400);
      expect(await res.text()).toContain("Page not found");
    }
  });

  it("does not serve files outside the export", async () => {
    for (const p of ["/../package.json", "/%2e%2e/%2e%2e/etc/passwd", "/roles/%00"]) expect([400, 404]).toContain((await get(p)).status);
  });

  it("redirects alias addresses with a 308 from _redirects, and does not serve _redirects", async () => {
    const res = await get("/roles/po");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/roles/product-owner");
    expect((await get("/_redirects")).status).toBe(404);
  });

  it("drops a trailing slash, and cannot be made to redirect to another site", async () => {
    expect((await get("/roles/product-owner/")).headers.get("location")).toBe("/roles/product-owner");
    expect((await get("//evil.example/")).headers.get("location")).toBe("/evil.example");
  });

  it("compresses text when the browser accepts gzip", async () => {
    const res = await fetch(`${base}/search?q=po`, { headers: { "Accept-Encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
  });

  it("answers a second request with 304 when the page has not changed", async () => {
    const etag = (await get("/roles/product-owner")).headers.get("etag")!;
    expect((await get("/roles/product-owner", { headers: { "If-None-Match": etag } })).status).toBe(304);
  });

  it("refuses methods other than GET and HEAD", async () => {
    expect((await get("/", { method: "POST" })).status).toBe(405);
    const head = await get("/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });
});

describe("the picker's redirect, /compare/go", () => {
  const go = async (query: string) => {
    const res = await get(`/compare/go?${query}`);
    expect(res.status).toBe(303);
    return res.headers.get("location");
  };
  it("sends two roles to their comparison with a relative address, so a proxy's origin is kept", async () => {
    expect(await go("a=product-owner&b=scrum-master")).toBe("/compare/product-owner-vs-scrum-master");
  });
  it("accepts aliases and titles, in any case", async () => {
    expect(await go("a=PO&b=dm")).toBe("/compare/product-owner-vs-delivery-manager");
    expect(await go("a=Scrum%20Master&b=sponsor")).toBe("/compare/scrum-master-vs-sponsor");
  });
  it("sends the same role twice to that role's page", async () => {
    expect(await go("a=sponsor&b=sponsor")).toBe("/roles/sponsor");
  });
  it("sends unknown roles back to the picker", async () => {
    expect(await go("a=nobody&b=sponsor")).toBe("/compare#pick");
    expect(await go("")).toBe("/compare#pick");
  });
});

const page = async (p: string) => parsePage(await (await get(p)).text());

describe("/search?q= without JavaScript", () => {
  it("writes the results and the query into the search page", async () => {
    const html = await page("/search?q=PO");
    expect(select("#search-page-q", html)?.properties.value).toBe("PO");
    const results = select("#search-results", html)!;
    expect(results.properties.dataQuery).toBe("PO");
    const link = select('a[href="/roles/product-owner"]', results)!;
    expect(link.children).toEqual([expect.objectContaining({ type: "text", value: "Product Owner" })]);
    expect(selectAll("p", results).map((p) => p.children.map((c) => (c.type === "text" ? c.value : "")).join(""))).toContain("Orders the <backlog>.");
  });
  it("replaces everything the results held, however deep, and keeps what follows", async () => {
    const html = await (await get("/search?q=PO")).text();
    expect(html).not.toContain("Type a role");
    expect(html).not.toContain("or a task");
    expect(select("body > footer", parsePage(html))).toBeDefined();
  });
  it("keeps a query that tries to break out of the attribute as text", async () => {
    const query = '"><script>x</script>';
    const html = await page(`/search?q=${encodeURIComponent(query)}`);
    expect(selectAll("script", html)).toEqual([]);
    expect(select("#search-page-q", html)?.properties.value).toBe(query);
    expect(select("#results-heading", html)?.children).toEqual([expect.objectContaining({ value: `No results for “${query}”` })]);
  });
  it("serves the plain page when there is no query", async () => {
    expect(await (await get("/search")).text()).toContain("<p>Type a role</p>");
  });
});

describe("/teams/yours?role= without JavaScript", () => {
  const ticked = async (p: string) => selectAll("input:checked", await page(p)).map((box) => box.properties.value);
  it("ticks the roles the address names, by slug, title or alias, so a shared link shows the same team", async () => {
    expect(await ticked("/teams/yours?role=product-owner&role=SM")).toEqual(["product-owner", "scrum-master"]);
  });
  it("ignores names that are not roles, and serves the plain page without a team", async () => {
    expect(await ticked('/teams/yours?role=nobody&role="><script>')).toEqual([]);
    expect(await ticked("/teams/yours")).toEqual([]);
  });
});

describe("npm start without dev tools", () => {
  // A deploy image runs `npm ci --omit=dev && npm start`: the server must run with no package at all.
  const project = path.resolve(import.meta.dirname, "..");
  const start = (JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.start!;
  let app: string;

  beforeAll(async () => {
    app = fs.mkdtempSync(path.join(os.tmpdir(), "serve-bare-"));
    fs.mkdirSync(path.join(app, "scripts"));
    fs.copyFileSync(path.join(project, "scripts/start.mjs"), path.join(app, "scripts/start.mjs"));
  });
  afterAll(() => fs.rmSync(app, { recursive: true, force: true }));

  const freePort = () =>
    new Promise<number>((resolve) => {
      const probe = http.createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });

  /** Runs the start script as npm would, in a folder with no node_modules anywhere above it. */
  async function runStart(args: string[]): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number | null> }> {
    const [command, ...rest] = start.split(" ");
    expect(command).toBe("node");
    const env = { ...process.env };
    delete env.NODE_PATH;
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [...rest, ...args], { cwd: app, env });
    let text = "";
    child.stdout.on("data", (d: Buffer) => (text += d.toString()));
    child.stderr.on("data", (d: Buffer) => (text += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    return { child, output: () => text, exited };
  }

  it("says to build first when the site is not built", async () => {
    const run = await runStart(["--dir", root]);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("Run `npm run build` first");
  });

  it("serves pages, search and the picker from the bundled server alone", async () => {
    expect(fs.existsSync(path.join(os.tmpdir(), "node_modules"))).toBe(false);
    await bundleServer(project, path.join(app, "dist/serve.mjs"));
    const port = await freePort();
    const run = await runStart(["--dir", root, "--port", String(port), "--host", "127.0.0.1"]);
    try {
      await expect.poll(run.output, { timeout: 10_000 }).toContain(`:${port}`);
      const at = (p: string) => fetch(`http://127.0.0.1:${port}${p}`, { redirect: "manual" });
      expect(await (await at("/roles/product-owner")).text()).toContain("<title>Product Owner</title>");
      expect(await (await at("/search?q=PO")).text()).toContain('<a href="/roles/product-owner"');
      expect((await at("/compare/go?a=po&b=sm")).headers.get("location")).toBe("/compare/product-owner-vs-scrum-master");
    } finally {
      run.child.kill();
      await run.exited;
    }
  }, 30_000);
});
