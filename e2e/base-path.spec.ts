import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Page, expect, test } from "@playwright/test";
import { selectAll } from "hast-util-select";
import { parsePage } from "../scripts/page-tree";
import { baseToServe } from "../scripts/serve";
import { serveExport } from "./test-server";
import { BASE, OUT, PUBLIC_URL } from "./base-path-site";
import { crawl } from "./crawl";

/*
 * The site as a host serves it under /handbook (built by base-path.setup.ts): every link, file
 * and address works there and nothing points outside it; search, the picker, "your team" and the
 * comparison of a pair that was not built work with and without JavaScript.
 */

const PUBLIC = new URL(PUBLIC_URL);
const under = (pathname: string) => pathname === BASE || pathname.startsWith(`${BASE}/`);

// As `npm start -- --base /handbook` serves it: the server checks the export was built for that base path.
const serve = (root: string) => serveExport({ root, base: baseToServe(root, BASE) });

let site: Awaited<ReturnType<typeof serve>>;
test.beforeAll(async () => {
  site = await serve(OUT);
});
test.afterAll(() => site.close());

const fetchPath = (p: string) => fetch(`${site.origin}${p}`, { redirect: "manual" });

/** Every address a page refers to besides its links: stylesheets, icons, scripts, images, canonical and preview addresses, forms. */
function references(html: string): { what: string; url: string }[] {
  const tree = parsePage(html);
  const attr = (selector: string, name: string) =>
    selectAll(selector, tree).map((el) => ({ what: `${el.tagName} ${selector}`, url: String(el.properties[name]) }));
  return [
    ...attr("link[href]", "href"),
    ...attr("script[src]", "src"),
    ...attr("img[src]", "src"),
    ...attr('meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]', "content"),
    ...attr("form[action]", "action"),
    ...attr("button[formaction]", "formAction"),
  ];
}

test("every link, stylesheet, script, image, canonical and preview address resolves under the base path", async () => {
  test.setTimeout(180_000);
  const { seen, broken, pages } = await crawl(async (p) => {
    const res = await fetchPath(p);
    return { status: res.status, type: res.headers.get("content-type") ?? "", text: () => res.text() };
  }, BASE);
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(30);
  expect([...seen].filter((p) => !under(p))).toEqual([]);

  const outside: string[] = [];
  const toFetch = new Map<string, string>();
  for (const [page, html] of pages) {
    for (const { what, url } of references(html)) {
      const target = new URL(url, `${PUBLIC.origin}${page}`);
      if (target.origin !== PUBLIC.origin) continue;
      if (!under(target.pathname)) outside.push(`${page}: ${what} → ${url}`);
      else if (!what.startsWith("form") && !what.startsWith("button")) toFetch.set(target.pathname + target.search, `${page}: ${what}`);
    }
  }
  expect(outside).toEqual([]);
  const missing: string[] = [];
  for (const [address, from] of toFetch) {
    const status = (await fetchPath(address)).status;
    if (status !== 200) missing.push(`${from} → ${address}: ${status}`);
  }
  expect(missing).toEqual([]);
  // Among them: the islands of the pages a reader reaches by links, and every comparison's preview image.
  const fetched = [...toFetch.keys()];
  expect(fetched).toEqual(expect.arrayContaining(["search-box", "compare-picker", "your-team"].map((i) => `${BASE}/islands/${i}.js`)));
  expect(fetched.filter((a) => a.endsWith("/preview.png")).length).toBeGreaterThan(10);
});

test("the sitemap, robots.txt, search index and open data give addresses under the base path", async () => {
  const sitemap = await (await fetchPath(`${BASE}/sitemap.xml`)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(locs.length).toBeGreaterThan(20);
  expect(locs.filter((l) => !(l === PUBLIC_URL || l.startsWith(`${PUBLIC_URL}/`)))).toEqual([]);
  for (const loc of locs) expect((await fetchPath(new URL(loc).pathname)).status, loc).toBe(200);
  expect(await (await fetchPath(`${BASE}/robots.txt`)).text()).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);

  const index = await (await fetchPath(`${BASE}/search-index.json`)).text();
  const urls = [...index.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(50);
  expect(urls.filter((u) => !u.startsWith(`${BASE}/`))).toEqual([]);

  const data = (await (await fetchPath(`${BASE}/data/roles.json`)).json()) as { $schema: string; roles: { slug: string }[] };
  expect((await fetchPath(data.$schema)).status).toBe(200);
  for (const r of data.roles) expect((await fetchPath(`${BASE}/data/roles/${r.slug}.json`)).status, r.slug).toBe(200);
});

test("alias addresses redirect under the base path, by _redirects and by their pages", async () => {
  const lines = fs
    .readFileSync(path.join(OUT, "_redirects"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => l.split(" "));
  expect(lines.length).toBeGreaterThan(5);
  for (const [from, to, status] of lines) {
    expect(under(from!) && under(to!), `${from} ${to}`).toBe(true);
    expect(status).toBe("308");
    const res = await fetchPath(from!);
    expect(res.status, from).toBe(308);
    expect(res.headers.get("location")).toBe(to);
    expect((await fetchPath(to!)).status, to).toBe(200);
    // The page a host without redirects serves: its file is where the host looks for the address.
    const page = fs.readFileSync(path.join(OUT, `${from!.slice(BASE.length + 1)}.html`), "utf8");
    expect(page).toContain(`content="0; url=${to}"`);
    expect(page).toContain(`<link rel="canonical" href="${PUBLIC.origin}${to}">`);
  }
});

test("the server sends / to the base path and answers nothing else outside it", async () => {
  expect((await fetchPath("/")).headers.get("location")).toBe(BASE);
  expect((await fetchPath("/roles/product-owner")).status).toBe(404);
  expect((await fetchPath(`${BASE}/`)).headers.get("location")).toBe(BASE);
});

/** Fails the test if the page asks for anything outside the base path, or anything under it fails (but the expected 404 document). */
function watch(page: Page, allowed404 = ""): string[] {
  const problems: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.origin === site.origin && !under(url.pathname)) problems.push(`asked for ${url.pathname}`);
  });
  page.on("requestfailed", (r) => problems.push(`${r.url()} failed`));
  page.on("response", (r) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== allowed404) problems.push(`${r.url()} → ${r.status()}`);
  });
  return problems;
}

test.describe("with JavaScript", () => {
  test("the header search box finds a role and opens it", async ({ page }) => {
    const problems = watch(page);
    await page.goto(`${site.origin}${BASE}/roles/product-owner`);
    const box = page.getByRole("banner").getByLabel("Search roles and responsibilities");
    await box.fill("DM");
    const option = page.getByRole("listbox", { name: "Search suggestions" }).getByRole("option").first();
    await expect(option).toContainText("Delivery Manager");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`${site.origin}${BASE}/roles/delivery-manager`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delivery Manager");
    expect(problems).toEqual([]);
  });

  test("the picker leads to the comparison", async ({ page }) => {
    const problems = watch(page);
    await page.goto(`${site.origin}${BASE}/compare`);
    await page.getByLabel("First role").selectOption("scrum-master");
    await page.getByLabel("Second role").selectOption("delivery-manager");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(`${site.origin}${BASE}/compare/scrum-master-vs-delivery-manager`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scrum Master vs Delivery Manager");
    expect(problems).toEqual([]);
  });

  test("your team keeps the team in the address and shows its coverage", async ({ page }) => {
    const problems = watch(page);
    await page.goto(`${site.origin}${BASE}/teams/yours`);
    await page.getByLabel("Product Owner", { exact: true }).check();
    await page.getByLabel("Scrum Master", { exact: true }).check();
    await expect(page).toHaveURL(`${site.origin}${BASE}/teams/yours?role=product-owner&role=scrum-master`);
    await expect(page.getByRole("link", { name: "Link to this team" })).toHaveAttribute("href", `${BASE}/teams/yours?role=product-owner&role=scrum-master`);
    // The coverage comes from the stylesheet under the base path: the ticked role shows in its area's row.
    await expect(page.locator("#yt-area-product-backlog")).toContainText("Product Owner");
    await expect.poll(() => page.locator("#yt-area-impediments td[data-role='Status']").innerText()).toBe("Covered");
    expect(problems).toEqual([]);
  });

  test("a mistyped address gets suggestions that link under the base path", async ({ page }) => {
    const problems = watch(page, `${BASE}/roles/scrum-mastr`);
    const res = await page.goto(`${site.origin}${BASE}/roles/scrum-mastr`);
    expect(res?.status()).toBe(404);
    const suggestions = page.getByRole("region", { name: "Did you mean" });
    await expect(suggestions.getByRole("link", { name: "Scrum Master" })).toHaveAttribute("href", `${BASE}/roles/scrum-master`);
    expect(problems).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header search box shows results from /search?q=", async ({ page }) => {
    await page.goto(`${site.origin}${BASE}`);
    await page.getByRole("textbox", { name: "Search roles and responsibilities" }).fill("scrum master");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`${site.origin}${BASE}/search?q=scrum+master`);
    await expect(page.locator("main ol > li").first().getByRole("link")).toHaveAttribute("href", `${BASE}/roles/scrum-master`);
  });

  test("the picker leads to the comparison through the server", async ({ page }) => {
    await page.goto(`${site.origin}${BASE}/compare`);
    await page.getByLabel("First role").selectOption("product-designer");
    await page.getByLabel("Second role").selectOption("product-developer");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(`${site.origin}${BASE}/compare/product-designer-vs-product-developer`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Product Designer vs Product Developer");
  });

  test("a shared your-team link ticks its roles", async ({ page }) => {
    await page.goto(`${site.origin}${BASE}/teams/yours?role=product-owner&role=scrum-master`);
    await expect(page.getByLabel("Product Owner", { exact: true })).toBeChecked();
    await expect(page.getByLabel("Scrum Master", { exact: true })).toBeChecked();
    await expect.poll(() => page.locator("#yt-area-impediments td[data-role='Status']").innerText()).toBe("Covered");
  });
});

test.describe("a pair that was not built", () => {
  // A copy of the export without one comparison, as a build above 40 roles leaves most pairs.
  const PAIR = "compare/sponsor-vs-scrum-master";
  let copy: string;
  let unbuilt: Awaited<ReturnType<typeof serve>>;
  test.beforeAll(async () => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), "base-path-unbuilt-"));
    fs.cpSync(OUT, copy, { recursive: true, filter: (src) => !path.relative(OUT, src).startsWith(PAIR) });
    unbuilt = await serve(copy);
  });
  test.afterAll(async () => {
    await unbuilt.close();
    fs.rmSync(copy, { recursive: true, force: true });
  });

  test("is compared on the 404 page from the roles' data under the base path", async ({ page }) => {
    const address = `${BASE}/${PAIR}`;
    const problems: string[] = [];
    page.on("response", (r) => {
      const { pathname } = new URL(r.url());
      if (!under(pathname)) problems.push(`asked for ${pathname}`);
      else if (r.status() >= 400 && pathname !== address) problems.push(`${pathname} → ${r.status()}`);
    });
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    const res = await page.goto(`${unbuilt.origin}${address}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sponsor vs Scrum Master");
    expect(fetched).toEqual(expect.arrayContaining([`${BASE}/data/roles/sponsor.json`, `${BASE}/data/roles/scrum-master.json`]));
    const areas = page.getByRole("table", { name: "Sponsor and Scrum Master: responsibilities by area of work" });
    await expect(areas.locator(`a[href^='${BASE}/roles/scrum-master#']`).first()).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Compare other roles" })).toHaveAttribute("href", `${BASE}/compare`);
    expect(problems).toEqual([]);
  });
});
