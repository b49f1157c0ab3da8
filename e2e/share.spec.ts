import { expect, test } from "@playwright/test";
import { model, OUR_CONTENT, OUR_CONTENT_ONLY } from "./content";

test.skip(!OUR_CONTENT, OUR_CONTENT_ONLY);

const { roles } = model();

for (const url of ["/roles/product-owner", "/compare/product-manager-vs-product-owner", "/ladders/product-management", "/"]) {
  test(`${url} has a link preview with an image that renders`, async ({ page, request }) => {
    await page.goto(url);
    for (const p of ["og:title", "og:description", "og:url", "og:image"]) await expect(page.locator(`meta[property="${p}"]`)).toHaveAttribute("content", /.+/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
    const res = await request.get(image.pathname + image.search);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    expect((await res.body()).length).toBeGreaterThan(5_000);
  });
}

test("sitemap.xml lists every role and robots.txt points to it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const r of roles) expect(sitemap).toContain(`/roles/${r.slug}</loc>`);
  expect(await (await request.get("/robots.txt")).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test("open data: /data/roles.json has every role and its schema is published", async ({ request }) => {
  const data = (await (await request.get("/data/roles.json")).json()) as { roles: { slug: string }[] };
  expect(data.roles.map((r) => r.slug).sort()).toEqual(roles.map((r) => r.slug).sort());
  const schema = (await (await request.get("/data/roles.schema.json")).json()) as { $schema: string };
  expect(schema.$schema).toContain("json-schema.org");
});

test("a role page prints without navigation, with link targets shown", async ({ page }) => {
  await page.goto("/roles/product-owner");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header[role=banner]")).toBeHidden();
  await expect(page.locator("footer[role=contentinfo]")).toBeHidden();
  await expect(page.getByRole("navigation", { name: /Contents/ })).toBeHidden();
  const after = await page
    .locator('main a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain("http");
  const breakInside = await page.locator("li#backlog-management").evaluate((el) => getComputedStyle(el).breakInside);
  expect(breakInside).toBe("avoid");
});
