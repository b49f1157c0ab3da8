import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { frameworkLeft } from "../scripts/finish-export";

/* What the built site in out/ must be, checked over every page it has, whoever added the page. */
const out = path.resolve("out");

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(full);
    else yield full;
  }
}

test("no page in the export carries Next.js or React client code", () => {
  const html = [...files(out)].filter((f) => f.endsWith(".html"));
  expect(html.length).toBeGreaterThan(100);
  const offenders = html.flatMap((f) => {
    const text = fs.readFileSync(f, "utf8");
    const why = frameworkLeft(text) ?? (/\/_next\/static\/chunks\/[^"]+\.js/.test(text) ? "a reference to a framework chunk" : undefined);
    return why ? [`${path.relative(out, f)}: ${why}`] : [];
  });
  expect(offenders).toEqual([]);
});

test("the export holds no RSC payloads and no framework JavaScript", () => {
  const left = [...files(out)]
    .map((f) => path.relative(out, f))
    .filter((f) => (f.endsWith(".txt") && f !== "robots.txt") || (f.startsWith("_next") && f.endsWith(".js")));
  expect(left).toEqual([]);
});

for (const address of ["/roles/%E0%A4%A", "/compare/%E0%A4%A-vs-po", "/roles/product-owner%", "/%C0%AE%C0%AE/"]) {
  test(`a malformed address (${address}) is a 400 or 404 page, not a server error`, async ({ request }) => {
    const res = await request.get(address, { maxRedirects: 0 });
    expect([400, 404]).toContain(res.status());
    expect(await res.text()).toContain("Page not found");
  });
}
