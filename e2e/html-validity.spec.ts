import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { whatIfUrl } from "../lib/site/routes";
import { vnuErrors } from "./checks";
import { model } from "./content";

/*
 * The Nu HTML checker (vnu-jar, run with Java) over one page of every page type in the built
 * site: every top-level page, and the first page and the first redirect page in each folder of
 * out/ (a profile and an alias, a comparison, a ladder, and whatever folders of pages are added
 * later), plus pages as the server and the islands change them. Errors fail; warnings and notes do not.
 */
const out = path.resolve("out");

function onePerType(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const html = entries.filter((e) => e.isFile() && e.name.endsWith(".html")).map((e) => path.join(dir, e.name));
  // Alias addresses are redirect pages (lib/site/redirects.ts), a type of their own: the first of them
  // and the first real page, so a folder of aliases does not hide its profiles.
  const isRedirect = (f: string) => fs.readFileSync(f, "utf8").includes('http-equiv="refresh"');
  const firsts = [html.find((f) => !isRedirect(f)), html.find(isRedirect)].filter((f): f is string => f !== undefined);
  const here = dir === out ? html : firsts;
  return [...here, ...entries.filter((e) => e.isDirectory() && e.name !== "_next" && e.name !== "islands").flatMap((e) => onePerType(path.join(dir, e.name)))];
}

test("one page of every type in the export has no HTML errors", () => {
  test.setTimeout(60_000);
  const files = onePerType(out);
  const rel = files.map((f) => path.relative(out, f));
  expect(rel).toEqual(expect.arrayContaining(["index.html", "404.html", "search.html", "compare.html"]));
  for (const folder of ["roles/", "compare/", "ladders/"]) expect(rel.some((f) => f.startsWith(folder))).toBe(true);
  // A profile and an alias's redirect page, whichever sort first.
  const inRoles = files.filter((f) => path.dirname(path.relative(out, f)) === "roles");
  expect(inRoles.map((f) => fs.readFileSync(f, "utf8").includes('http-equiv="refresh"')).sort()).toEqual([false, true]);
  expect(vnuErrors(files, out)).toEqual([]);
});

test("pages as the server and the islands change them have no HTML errors", async ({ page, request }) => {
  test.setTimeout(60_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vnu-"));
  try {
    const write = (name: string, html: string) => {
      fs.writeFileSync(path.join(dir, name), html);
      return path.join(dir, name);
    };
    const files = [write("search-results.html", await (await request.get("/search?q=backlog")).text())];
    // "What if" as `npm start` answers a shared link: boxes ticked and options chosen.
    const [x, y, z] = model().roles.map((r) => r.slug);
    files.push(write("what-if.html", await (await request.get(whatIfUrl([x!], { both: x, and: y, left: z }))).text()));
    // The search box open on a list of suggestions: the combobox as the island leaves it.
    await page.goto("/");
    await page.getByRole("banner").getByLabel("Search roles and responsibilities").fill("product");
    await expect(page.getByRole("option").first()).toBeVisible();
    files.push(write("home-with-suggestions.html", await page.content()));
    await page.goto("/roles/product-ownr");
    await expect(page.getByRole("heading", { name: "Did you mean" })).toBeVisible();
    files.push(write("404-with-suggestions.html", await page.content()));
    expect(vnuErrors(files, dir)).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
