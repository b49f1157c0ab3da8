import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { MIN_CONTRAST, accentProblem, brandCss, brandShades, contrast } from "@/lib/content/accent";
import { formatError, formatErrors } from "@/lib/content/errors";
import { loadContent, loadSite } from "@/lib/content/load";
import { parseSite } from "@/lib/content/parse-site";
import tailwindConfig from "@/tailwind.config";
import { roleFile, scrumMasterFile, siteFile } from "./fixtures";

/*
 * The site file (content/site.yml): its checks, worded with file and line like every other
 * content file's, and the name, addresses and colour every page takes from it.
 */

const FILE = "content/site.yml";
const problems = (text: string, publicFile?: (address: string) => boolean) => {
  const r = parseSite(FILE, text, publicFile);
  return r.ok ? [] : r.errors.map(formatError);
};

const dirs: string[] = [];
/** A content folder holding these files (no site file unless given). */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "site-file-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("reading the site file", () => {
  it("reads every field, with the branch main unless given and the addresses without a trailing slash or .git", () => {
    const r = parseSite(FILE, siteFile("repository: https://github.com/fixture/handbook.git\nurl: https://handbook.example.org/\nlogo: /logo.svg\n"));
    expect(r.ok && r.value).toEqual({
      name: "Fixture Handbook",
      description: "A site the tests build from their own content folder.",
      organisation: "Fixture Council",
      accent: "#1d4ed8",
      logo: "/logo.svg",
      repository: "https://github.com/fixture/handbook",
      branch: "main",
      unpublished_sources: [],
      url: "https://handbook.example.org",
    });
  });

  it("names the file and the line of each problem, with what to write instead", () => {
    const text = [
      "name: Fixture Handbook",
      "description: Too short.",
      "organisation: Fixture Council",
      "accent: blue",
      "repository: http://github.com/fixture/handbook",
      "colour: red",
    ].join("\n");
    expect(problems(text)).toEqual([
      `${FILE}:2: description: is too short: write one full sentence of at least 20 characters.`,
      `${FILE}:4: accent: must be a colour written as "#" and six hex digits, in quotes, e.g. "#1d4ed8".`,
      `${FILE}:5: repository: must be the repository's web address, starting with https://, e.g. https://github.com/org/roles.`,
      `${FILE}:6: colour: unknown field "colour". Allowed fields here: name, description, organisation, logo, accent, repository, branch, unpublished_sources, url.`,
    ]);
  });

  it("says how to add a field that is missing", () => {
    expect(problems(siteFile().replace(/^name: .*\n/, ""))).toEqual([`${FILE}: name: is required but missing. Add a line \`name: …\`.`]);
  });

  it("reports YAML it cannot read at its line", () => {
    expect(problems(siteFile().replace("organisation: Fixture Council", "organisation: Fixture Council: the tests"))).toEqual([
      `${FILE}:3: is not valid YAML (Nested mappings are not allowed in compact mappings). Check indentation, and put quotes around text that contains ": ".`,
    ]);
  });

  it("checks that a logo is an image in public/, and that it is there", () => {
    expect(problems(siteFile("logo: /brand/logo.svg\n"), () => false)).toEqual([
      `${FILE}:5: logo: is "/brand/logo.svg", but there is no file public/brand/logo.svg. Put the image there, or correct the address.`,
    ]);
    expect(problems(siteFile("logo: /brand/logo.svg\n"), (address) => address === "/brand/logo.svg")).toEqual([]);
    // The Content-Security-Policy allows the site's own images only.
    for (const logo of ["https://cdn.example.org/logo.png", "logo.svg", "/notes.txt", "/../secret.png"]) {
      expect(problems(siteFile(`logo: ${logo}\n`))).toEqual([
        `${FILE}:5: logo: must be an image file in public/, written as its address: /logo.svg for public/logo.svg.`,
      ]);
    }
  });

  it("refuses an accent colour that white text cannot be read on, naming the ratio and a darker colour that passes", () => {
    const [error] = problems(siteFile().replace('accent: "#1d4ed8"', 'accent: "#60a5fa"'));
    expect(error).toMatch(
      new RegExp(
        `^${FILE}:4: accent: "#60a5fa" is too light: .* has a contrast of \\d\\.\\d\\d:1, and text needs at least 4\\.5:1\\. Use a darker colour, such as "#[0-9a-f]{6}"\\.$`,
      ),
    );
    const suggested = /such as "(#[0-9a-f]{6})"/.exec(error!)![1]!;
    expect(accentProblem(suggested)).toBeUndefined();
    expect(contrast(suggested, "#ffffff")).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });
});

describe("the accent colour's shades", () => {
  const hex = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map((c) => `#${c.map((v) => v.toString(16).padStart(2, "0")).join("")}`);

  it("for any accent the check accepts, every pair of colours the pages use reads at 4.5:1 or more, in both themes", () => {
    fc.assert(
      fc.property(hex, (accent) => {
        fc.pre(accentProblem(accent) === undefined);
        const s = brandShades(accent);
        // Light theme: white on buttons, links on white, the header's grey and the tint, the Responsible tag.
        for (const [text, on] of [
          ["#ffffff", s[700]],
          [s[700], "#f8fafc"],
          [s[700], s[50]],
          [s[800], s[100]],
          ["#ffffff", s[800]],
        ]) {
          expect(contrast(text!, on!)).toBeGreaterThanOrEqual(MIN_CONTRAST);
        }
        // Dark theme: links on the page and the header, dark text on the Accountable tag.
        for (const on of ["#020617", "#0f172a"]) expect(contrast(s[300], on)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      }),
      { numRuns: 300 },
    );
  });

  it("are the custom properties tailwind.config.ts gives the brand colour, so the stylesheet and the route cannot drift apart", () => {
    const css = brandCss("#1d4ed8");
    const brand = tailwindConfig.theme?.colors as Record<string, Record<string, string>>;
    for (const [shade, value] of Object.entries(brand.brand!)) {
      expect(value).toBe(`var(--brand-${shade})`);
      expect(css).toMatch(new RegExp(`--brand-${shade}:#[0-9a-f]{6}[;}]`));
    }
    expect(css).toContain("--brand-700:#1d4ed8");
  });
});

describe("a content folder's site file", () => {
  it("is required: a folder without one fails validation, naming the file and what to put in it", () => {
    const dir = folder({ "roles/product-owner.md": roleFile(), "roles/scrum-master.md": scrumMasterFile() });
    const r = loadContent(dir);
    const text = r.ok ? "" : formatErrors(r.errors);
    const file = path.relative(process.cwd(), path.join(dir, "site.yml")).split(path.sep).join("/");
    expect(text).toContain(`${file}: is missing. Every site needs one: create it with the lines \`name: …\``);
    expect(text).toContain('`accent: "#1d4ed8"`');
    expect(loadSite(dir).ok).toBe(false);
  });

  it("is reported with the other files' problems", () => {
    const dir = folder({ "site.yml": siteFile().replace("name:", "nam:"), "roles/product-owner.md": roleFile().replace("title:", "tittle:") });
    const r = loadContent(dir);
    const text = r.ok ? "" : formatErrors(r.errors);
    expect(text).toContain('site.yml:1: nam: unknown field "nam" (did you mean "name"?)');
    expect(text).toContain('product-owner.md:2: tittle: unknown field "tittle"');
  });
});

/** The modules that read the site file, loaded afresh for a content folder with this site file. */
async function siteModules(site: string, env: Record<string, string | undefined> = {}) {
  vi.stubEnv("CONTENT_DIR", folder({ "site.yml": site }));
  for (const name of ["SITE_URL", "NEXT_PUBLIC_SITE_URL", "EDIT_BASE_URL", "BASE_PATH"]) vi.stubEnv(name, env[name]);
  vi.resetModules();
  return {
    config: await import("@/lib/site/config"),
    feedback: await import("@/lib/site/feedback"),
    metadata: await import("@/lib/site/metadata"),
    redirects: await import("@/lib/site/redirects"),
    jsonSchema: await import("@/lib/site/json-schema"),
    builtPages: await import("@/lib/site/built-pages"),
  };
}

describe("what the pages take from the site file", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  const REPO = "repository: https://github.com/fixture/handbook\nbranch: trunk\nurl: https://handbook.example.org\n";

  it("the name, description, public address and edit links", async () => {
    const { config } = await siteModules(siteFile(REPO));
    expect(config.SITE_NAME).toBe("Fixture Handbook");
    expect(config.SITE_DESCRIPTION).toBe("A site the tests build from their own content folder.");
    expect(config.SITE_URL).toBe("https://handbook.example.org");
    expect(config.EDIT_BASE_URL).toBe("https://github.com/fixture/handbook/edit/trunk/");
    expect(config.editUrl("content/roles/a.md")).toBe("https://github.com/fixture/handbook/edit/trunk/content/roles/a.md");
  });

  it("SITE_URL overrides the file's address, and without either the site is on localhost", async () => {
    expect((await siteModules(siteFile(REPO), { SITE_URL: "https://roles.example.com/" })).config.SITE_URL).toBe("https://roles.example.com");
    expect((await siteModules(siteFile())).config.SITE_URL).toBe("http://localhost:3000");
  });

  it("a site without a repository has no edit or feedback links", async () => {
    const { config, feedback } = await siteModules(siteFile());
    expect(config.EDIT_BASE_URL).toBeUndefined();
    expect(config.editUrl("content/roles/a.md")).toBeUndefined();
    expect(feedback.feedbackUrl({ page: "Product Owner", item: "Backlog", address: "/roles/product-owner#backlog" })).toBeUndefined();
  });

  it("feedback opens a new issue in the repository, titled with the page and the item, with the item's full address", async () => {
    const { feedback } = await siteModules(siteFile(REPO));
    const href = feedback.feedbackUrl({ page: "Product Owner", item: "Ordering & refining #1", address: "/roles/product-owner#ordering-and-refining-1" });
    const url = new URL(href!);
    expect(`${url.origin}${url.pathname}`).toBe("https://github.com/fixture/handbook/issues/new");
    expect(url.searchParams.get("title")).toBe("Product Owner: Ordering & refining #1");
    expect(url.searchParams.get("body")).toBe("https://handbook.example.org/roles/product-owner#ordering-and-refining-1");
    // Short in the page: the address is written as it reads, not escaped character by character.
    expect(href).toContain("&body=https://handbook.example.org/roles/product-owner%23ordering-and-refining-1");
    // Without an item, the page alone is the title and the address names the item.
    const short = new URL(feedback.feedbackUrl({ page: "Product Owner", address: "/roles/product-owner#backlog" })!);
    expect(short.searchParams.get("title")).toBe("Product Owner");
    expect(short.searchParams.get("body")).toBe("https://handbook.example.org/roles/product-owner#backlog");
  });

  it("titles, link previews, redirect pages and the open data's schema carry the site's name, and no other", async () => {
    const m = await siteModules(siteFile(REPO));
    const og = m.metadata.pageMetadata({ title: "Product Owner", description: "Orders the backlog.", path: "/roles/product-owner" }).openGraph;
    expect(og?.title).toBe("Product Owner | Fixture Handbook");
    const page = m.redirects.redirectPage({ from: "/roles/po", to: "/roles/product-owner", title: "Product Owner", why: "Another name." }, "/main.css");
    expect(page).toContain("<title>Product Owner | Fixture Handbook</title>");
    expect(page).toContain('<link rel="canonical" href="https://handbook.example.org/roles/product-owner">');
    expect(page).toContain('<link rel="stylesheet" href="/main.css"><link rel="stylesheet" href="/site.css">');
    expect(m.jsonSchema.rolesDocumentJsonSchema().title).toBe("Fixture Handbook: roles");
    expect(m.builtPages.pairPreviewImage({ comparisons: [] }, "a", "b").alt).toBe("Fixture Handbook: two roles compared");
    for (const text of [JSON.stringify(og), page, JSON.stringify(m.jsonSchema.rolesDocumentJsonSchema())]) expect(text).not.toContain("Team Roles");
  });

  it("preview images' alt text carries the site's name", async () => {
    await siteModules(siteFile());
    const [home, role, ladder] = await Promise.all([
      import("@/app/opengraph-image"),
      import("@/app/roles/[slug]/opengraph-image"),
      import("@/app/ladders/[slug]/opengraph-image"),
    ]);
    for (const { alt } of [home, role, ladder]) expect(alt).toMatch(/^Fixture Handbook: /);
  });
});
