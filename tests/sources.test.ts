import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatError } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";
import { parseArea } from "@/lib/content/parse-area";
import { parseRole } from "@/lib/content/parse-role";
import { parseSite } from "@/lib/content/parse-site";
import { checkSources } from "@/lib/model/sources";
import { areaFile, parsedContent, roleFile, scrumMasterFile, siteFile } from "./fixtures";

/*
 * A reader can follow every source: one title per source across the site, and a source with no
 * address only under a title the site file lists, so an internal guide cannot go by several names.
 */

const SITE = "content/site.yml";
const GUIDE = "Team Handbook (internal, not published)";
const SCRUM = "https://scrumguides.org/scrum-guide.html";

/** A role citing these sources (YAML list items), as parsed: its sources begin on line 8. */
function roleCiting(slug: string, sources: string) {
  const text = roleFile({ title: slug, aliases: "[]" }).replace(/sources:\n(\s+- title: .*\n\s+url: .*\n)/, `sources:\n${sources}\n`);
  const r = parseRole(`content/roles/${slug}.md`, slug, text);
  if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
  return r.value;
}
const problems = (roles: ReturnType<typeof roleCiting>[], unpublished: string[] = [GUIDE]) =>
  checkSources(parsedContent({ roles }), unpublished, SITE).map(formatError);

describe("sources a reader can check", () => {
  it("accepts a guide without a url under the title the site file lists, on every page", () => {
    const a = roleCiting("owner", `  - title: ${GUIDE}`);
    const b = roleCiting("manager", `  - title: ${GUIDE}\n  - title: The Scrum Guide (2020)\n    url: ${SCRUM}`);
    expect(problems([a, b])).toEqual([]);
  });

  it("names the file, line and field of an unpublished source cited under another name, with the listed title", () => {
    const a = roleCiting("owner", `  - title: The Scrum Guide (2020)\n    url: ${SCRUM}\n  - title: team handbook (internal; not published)`);
    expect(problems([a])).toEqual([
      `content/roles/owner.md:10: sources[1]: "team handbook (internal; not published)" has no url and is not one of the unpublished sources in ${SITE} (did you mean "${GUIDE}"?). Add the url where a reader can open it, or cite the guide by its title there: "${GUIDE}".`,
    ]);
  });

  it("says how to list a source when the site file lists none", () => {
    expect(problems([roleCiting("owner", "  - title: Our wiki")], [])).toEqual([
      `content/roles/owner.md:8: sources[0]: "Our wiki" has no url, and ${SITE} lists no unpublished sources. Add the url where a reader can open it, or add the title under unpublished_sources in ${SITE}.`,
    ]);
  });

  it("reports one address cited under two titles, naming both files and lines", () => {
    const a = roleCiting("owner", `  - title: The Scrum Guide (2020)\n    url: ${SCRUM}`);
    const b = roleCiting("manager", `  - title: Scrum Guide\n    url: ${SCRUM}`);
    expect(problems([a, b])).toEqual([
      `content/roles/manager.md:8: sources[0]: calls ${SCRUM} "Scrum Guide", but content/roles/owner.md:8 calls it "The Scrum Guide (2020)". Cite one source by one title everywhere: use "The Scrum Guide (2020)" here, or change both.`,
    ]);
  });

  it("reports a listed unpublished title given a url", () => {
    expect(problems([roleCiting("owner", `  - title: ${GUIDE}\n    url: https://wiki.example.org/handbook`)])).toEqual([
      `content/roles/owner.md:8: sources[0]: "${GUIDE}" is listed as unpublished in ${SITE}, but has a url here. Remove the url, or take the title out of unpublished_sources.`,
    ]);
  });

  it("checks the sources an area gives for a disagreement, at their lines", () => {
    const extra = `differ:\n  - roles: [owner, manager]\n    note: The two guides give the backlog to different roles.\n    sources:\n      - title: Handbook\n`;
    const area = parseArea("content/areas/product-backlog.md", "product-backlog", areaFile({ extra }));
    if (!area.ok) throw new Error("fixture area");
    expect(checkSources(parsedContent({ areas: [area.value] }), [GUIDE], SITE).map((e) => `${e.line}: ${e.where}`)).toEqual(["12: differ[0].sources[0]"]);
  });

  it("lets a draft's placeholder source through: placeholders are warnings of their own", () => {
    expect(problems([roleCiting("owner", "  - title: 'TODO: name the guide this comes from.'")])).toEqual([]);
  });
});

describe("the site file's list of unpublished sources", () => {
  it("refuses one guide listed twice under titles that differ only in case or punctuation", () => {
    const r = parseSite(SITE, siteFile(`unpublished_sources:\n  - ${GUIDE}\n  - "team handbook: internal, not published"\n`));
    expect(r.ok ? [] : r.errors.map(formatError)).toEqual([`${SITE}:7: unpublished_sources[1]: names the same source as item 1; keep one title for it.`]);
  });
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("npm run validate", () => {
  it("fails on a source without a url that the site file does not list, and passes once it is listed", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sources-"));
    dirs.push(dir);
    fs.mkdirSync(path.join(dir, "roles"));
    fs.mkdirSync(path.join(dir, "areas"));
    const text = roleFile().replace(/sources:\n\s+- title: .*\n\s+url: .*\n/, `sources:\n  - title: ${GUIDE}\n`);
    fs.writeFileSync(path.join(dir, "roles", "product-owner.md"), text);
    fs.writeFileSync(path.join(dir, "roles", "scrum-master.md"), scrumMasterFile());
    fs.writeFileSync(path.join(dir, "areas", "product-backlog.md"), areaFile());
    fs.writeFileSync(path.join(dir, "areas", "accepting-work.md"), areaFile({ title: "Accepting work as done", label: "Done", order: 2 }));
    fs.writeFileSync(path.join(dir, "site.yml"), siteFile());
    const before = loadContent(dir);
    expect(before.ok ? [] : before.errors.map((e) => e.where)).toEqual(["sources[0]"]);
    fs.writeFileSync(path.join(dir, "site.yml"), siteFile(`unpublished_sources:\n  - ${GUIDE}\n`));
    const after = loadContent(dir);
    expect(after.ok ? [] : after.errors.map(formatError)).toEqual([]);
  });
});
