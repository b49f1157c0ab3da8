import fs from "node:fs";
import path from "node:path";
import { builtFiles, builtPages } from "../lib/site/built-pages";
import { loadContentOrExit } from "../lib/content/load";
import type { ContentModel } from "../lib/model/types";
import { siteRedirects } from "../lib/site/redirects";
import { REDIRECTS, exportFile, islandUrl, pageFile, roleUrl } from "../lib/site/routes";
import { islandEntries } from "./islands";

/*
 * Checks that `npm run build` wrote a complete static site: every page and file of the page
 * registry (lib/site/built-pages.ts), every island, an anchor for every responsibility on its role's
 * page, and every alias address as a redirect page and a _redirects line. Derived from the model,
 * so it holds for any site's content.
 */
export function exportProblems(out: string, model: ContentModel, islands: readonly string[]): string[] {
  const exists = (rel: string) => fs.existsSync(path.join(out, rel));
  const read = (rel: string) => fs.readFileSync(path.join(out, rel), "utf8");
  const problems = [...builtPages(model).map((p) => pageFile(p.path)), ...[...builtFiles(model), ...islands.map(islandUrl)].map(exportFile)].filter(
    (f) => !exists(f),
  );
  for (const role of model.roles) {
    const file = pageFile(roleUrl(role.slug));
    if (!exists(file)) continue;
    const html = read(file);
    const missing = role.responsibilities.filter((r) => !html.includes(` id="${r.id}"`)).map((r) => r.id);
    if (missing.length) problems.push(`${file} has no anchor for ${missing.join(", ")}`);
  }
  const redirects = exists(exportFile(REDIRECTS)) ? read(exportFile(REDIRECTS)) : "";
  for (const r of siteRedirects(model)) {
    const file = pageFile(r.from);
    if (!exists(file) || !read(file).includes(`http-equiv="refresh" content="0; url=${r.to}"`)) problems.push(`${file} does not refresh to ${r.to}`);
    if (!redirects.includes(`${r.from} ${r.to} 308\n`)) problems.push(`${exportFile(REDIRECTS)} does not send ${r.from} to ${r.to}`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const model = loadContentOrExit();
  const out = path.resolve(process.env.NEXT_DIST_DIR ?? "out");
  const islands = Object.keys(islandEntries(path.resolve(import.meta.dirname, "..")));
  const problems = exportProblems(out, model, islands);
  if (problems.length) {
    process.stderr.write(`Static export is incomplete:\n${problems.map((m) => `  ${m}`).join("\n")}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `Static export OK: ${builtPages(model).length} pages and ${builtFiles(model).length + islands.length} files checked in ${path.relative(process.cwd(), out)}/.\n`,
  );
}
