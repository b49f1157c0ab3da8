import fs from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/content";
import { builtPairs } from "../lib/built-pages";
import { formatErrors } from "../lib/errors";
import { pairSlug, roleDataUrl } from "../lib/routes";

/* Checks that `npm run build` wrote a complete static site to out/: every page a host needs to serve. */
const out = path.resolve("out");
const result = loadContent();
if (!result.ok) {
  process.stderr.write(formatErrors(result.errors));
  process.exit(1);
}
const { roles, comparisons, areas, teams } = result.value;
const expected = [
  "index.html",
  "404.html",
  "roles.html",
  "compare.html",
  "compare/who-does-what.html",
  "ladders.html",
  "search.html",
  "search-index.json",
  "data/roles.json",
  "data/roles.schema.json",
  "sitemap.xml",
  "robots.txt",
  "opengraph-image",
  "_redirects",
  ...["search-box", "search-results", "compare-picker", "not-found-suggestions", "your-team"].map((name) => `islands/${name}.js`),
  ...roles.map((r) => `roles/${r.slug}/opengraph-image`),
  ...roles.map((r) => `roles/${r.slug}.html`),
  // The 404 page compares a pair that was not built from these.
  ...roles.map((r) => roleDataUrl(r.slug).slice(1)),
  ...comparisons.flatMap((c) => [`compare/${pairSlug(c.roles[0], c.roles[1])}.html`, `compare/${pairSlug(c.roles[1], c.roles[0])}.html`]),
  ...builtPairs(result.value).flatMap(([a, b]) => [`compare/${pairSlug(a, b)}.html`, `compare/${pairSlug(a, b)}/preview.png`]),
  "responsibilities.html",
  ...areas.map((a) => `responsibilities/${a.slug}.html`),
  "teams.html",
  ...teams.map((t) => `teams/${t.slug}.html`),
  "teams/yours.html",
  "teams/yours/coverage.css",
];
const missing = expected.filter((f) => !fs.existsSync(path.join(out, f)));
const po = path.join(out, "roles/product-owner.html");
if (fs.existsSync(po) && !fs.readFileSync(po, "utf8").includes("Backlog management"))
  missing.push("roles/product-owner.html does not contain its responsibilities");
// Alias addresses are pages that refresh to the role, since a static host cannot send redirects.
const alias = path.join(out, "roles/po.html");
if (!fs.existsSync(alias) || !/http-equiv="refresh" content="0; url=\/roles\/product-owner"/.test(fs.readFileSync(alias, "utf8"))) {
  missing.push("roles/po.html does not refresh to /roles/product-owner");
}
if (!fs.readFileSync(path.join(out, "_redirects"), "utf8").includes("/roles/po /roles/product-owner 308\n"))
  missing.push("_redirects does not send /roles/po to /roles/product-owner");
if (missing.length) {
  process.stderr.write(`Static export is incomplete:\n${missing.map((m) => `  ${m}`).join("\n")}\n`);
  process.exit(1);
}
process.stdout.write(`Static export OK: ${expected.length} pages checked in out/.\n`);
