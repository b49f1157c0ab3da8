import fs from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/content";
import { formatErrors } from "../lib/errors";

/* Checks that `npm run export` wrote a complete static site to out/: every page a host needs to serve. */
const out = path.resolve("out");
const result = loadContent();
if (!result.ok) {
  process.stderr.write(formatErrors(result.errors));
  process.exit(1);
}
const expected = ["index.html", "404.html", "roles.html", ...result.value.roles.map((r) => `roles/${r.slug}.html`)];
const missing = expected.filter((f) => !fs.existsSync(path.join(out, f)));
const po = path.join(out, "roles/product-owner.html");
if (fs.existsSync(po) && !fs.readFileSync(po, "utf8").includes("Backlog management"))
  missing.push("roles/product-owner.html does not contain its responsibilities");
if (missing.length) {
  process.stderr.write(`Static export is incomplete:\n${missing.map((m) => `  ${m}`).join("\n")}\n`);
  process.exit(1);
}
process.stdout.write(`Static export OK: ${expected.length} pages checked in out/.\n`);
