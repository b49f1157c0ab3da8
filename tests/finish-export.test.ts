import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { finishExport, finishPage, frameworkLeft, notFoundLeak } from "../scripts/finish-export";

async function withOut(test: (out: string) => Promise<void>) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "finish-export-"));
  try {
    fs.writeFileSync(path.join(out, "index.html"), '<!DOCTYPE html><html><head><link rel="stylesheet" href="/s.css"></head><body></body></html>');
    fs.mkdirSync(path.join(out, "roles"));
    await test(out);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

describe("the post-build step", () => {
  it("writes a page for each alias address that refreshes to the role, and lists it in _redirects", () =>
    withOut(async (out) => {
      const report = await finishExport(out);
      const page = fs.readFileSync(path.join(out, "roles", "po.html"), "utf8");
      expect(page).toContain('<meta http-equiv="refresh" content="0; url=/roles/product-owner">');
      expect(page).toContain('<link rel="stylesheet" href="/s.css">');
      const redirects = fs.readFileSync(path.join(out, "_redirects"), "utf8").split("\n");
      expect(redirects).toContain("/roles/po /roles/product-owner 308");
      expect(redirects).toContain("/roles/director-of-product /roles/head-of-product 308");
      expect(report.redirects).toBe(redirects.filter(Boolean).length);
    }));

  it("refuses an alias address that is also a page", () =>
    withOut(async (out) => {
      fs.writeFileSync(path.join(out, "roles", "po.html"), "<!DOCTYPE html><title>A page</title>");
      await expect(finishExport(out)).rejects.toThrow("finish-export: /roles/po is a page and a redirect to /roles/product-owner");
    }));

  it("stops a build whose pages carry the 404 page's list of every role in their RSC payload", () => {
    expect(notFoundLeak('["$","a",null,{"href":"/roles/sponsor","data-role-link":"","children":"Sponsor"}]')).toMatch(/global-not-found/);
    expect(notFoundLeak('["$","a",null,{"href":"/roles/sponsor","children":"Sponsor"}]')).toBeUndefined();
  });

  it("names the payload that leaks", () =>
    withOut(async (out) => {
      fs.writeFileSync(path.join(out, "roles", "sponsor.txt"), '0:["$","a",null,{"data-role-link":""}]');
      await expect(finishExport(out)).rejects.toThrow(
        `finish-export: the RSC payload ${path.join("roles", "sponsor.txt")} carries the 404 page's list of every role`,
      );
    }));
});

/*
 * A page as `next build` writes it (app/search/page.tsx, shortened: fewer meta tags and one line
 * of the RSC payload), with JSON-LD and the marker React puts between adjacent text nodes added.
 */
const NEXT_PAGE = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/2-ykao_56ekuz.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/4abc.js"/>',
  '<script src="/_next/static/chunks/0vm8zo6v48m9c.js" async=""></script><script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>',
  '<script type="module" async="" src="/islands/search-results.js"></script>',
  "<title>Search | Team Roles</title>",
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Search"}</script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head>',
  '<body class="flex font-sans"><div hidden=""><!--$--><!--/$--></div><a href="#main" class="sr-only">Skip to main content</a>',
  '<main id="main" tabindex="-1"><h1>Search</h1><p>3<!-- --> results for <q>PO &amp; DM</q></p>',
  '<input id="search-page-q" type="search" autoComplete="off" name="q"/><!--$--><!--/$--></main>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js"],"runtimeModuleIds":[94553]});</script>',
  '<script src="/_next/static/chunks/310vm2bl3xxpt.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[39756,[],\\"default\\"]"])</script></body></html>',
].join("");

describe("a page after the post-build step", () => {
  it("keeps the content, the stylesheet, the islands and JSON-LD, and nothing of Next's runtime", () => {
    expect(frameworkLeft(NEXT_PAGE)).toBeDefined();
    const page = finishPage(NEXT_PAGE, "search.html");
    expect(page).toBe(
      [
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="stylesheet" href="/_next/static/chunks/2-ykao_56ekuz.css" data-precedence="next">',
        '<script type="module" async src="/islands/search-results.js"></script>',
        "<title>Search | Team Roles</title>",
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Search"}</script>',
        '</head><body class="flex font-sans"><a href="#main" class="sr-only">Skip to main content</a>',
        '<main id="main" tabindex="-1"><h1>Search</h1><p>3 results for <q>PO &#38; DM</q></p>',
        '<input id="search-page-q" type="search" autocomplete="off" name="q"></main></body></html>',
      ].join(""),
    );
    expect(frameworkLeft(page)).toBeUndefined();
  });

  it("keeps a page's JSON-LD", () =>
    withOut(async (out) => {
      const jsonLd = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DefinedTerm","name":"Sponsor"}</script>';
      fs.writeFileSync(path.join(out, "roles", "sponsor.html"), `<!DOCTYPE html><html><head><title>Sponsor</title>${jsonLd}</head><body></body></html>`);
      await finishExport(out);
      expect(fs.readFileSync(path.join(out, "roles", "sponsor.html"), "utf8")).toContain(jsonLd);
    }));

  it("stops the build, naming the page and the element, when a page has a script that is not Next's, an island or JSON-LD", () =>
    withOut(async (out) => {
      fs.writeFileSync(path.join(out, "roles", "sponsor.html"), "<!DOCTYPE html><title>Sponsor</title><p>Sponsor</p><script>track('sponsor')</script>");
      await expect(finishExport(out)).rejects.toThrow(
        `finish-export: ${path.join("roles", "sponsor.html")} still has a script that is neither an island nor JSON-LD: <script>track('sponsor')</script>`,
      );
    }));

  it("stops the build when a page has an inline style, which the Content-Security-Policy would block", () => {
    expect(() => finishPage('<!DOCTYPE html><title>A</title><p style="color: red">A</p>', "a.html")).toThrow(
      'finish-export: a.html still has an inline style, which the Content-Security-Policy blocks: <p style="color: red">A</p>',
    );
  });

  it("reads a script by where it is in the page, not by what its text says", () => {
    const prose = "<!DOCTYPE html><title>A</title><p>Next keeps its payload in <code>self.__next_f</code>; a <code>&lt;script&gt;</code> runs it.</p>";
    expect(frameworkLeft(prose)).toBeUndefined();
    expect(finishPage(prose, "a.html")).toContain("<code>self.__next_f</code>; a <code>&lt;script></code> runs it.");
  });
});

describe("the post-build step as a command", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("finishes the export in out/, or in NEXT_DIST_DIR when a build writes there (next.config.ts)", async () => {
    expect((await import("../scripts/finish-export")).exportDir("/site")).toBe(path.resolve("/site", "out"));
    vi.stubEnv("NEXT_DIST_DIR", ".next-bench");
    vi.resetModules();
    expect((await import("../scripts/finish-export")).exportDir("/site")).toBe(path.resolve("/site", ".next-bench"));
  });

  const root = path.resolve(import.meta.dirname, "..");
  /** The step as `npm run build:finish` runs it: bundled, from the project's root, on the export in `out`. */
  const finishStep = (out: string) =>
    execFileSync(process.execPath, ["scripts/run-bundled.mjs", "scripts/finish-export.ts"], {
      cwd: root,
      env: { ...process.env, NEXT_DIST_DIR: out },
      stdio: "pipe",
    });

  it(
    "runs on its own after next build",
    () =>
      withOut(async (out) => {
        fs.writeFileSync(path.join(out, "roles", "sponsor.html"), NEXT_PAGE);
        finishStep(out);
        expect(frameworkLeft(fs.readFileSync(path.join(out, "roles", "sponsor.html"), "utf8"))).toBeUndefined();
        expect(fs.existsSync(path.join(out, "_redirects"))).toBe(true);
      }),
    60_000,
  );

  // Enough pages for a thread on each core to take some (scripts/threads.ts), as a site of a few hundred roles has.
  const MANY = 300;

  it(
    "finishes every page of a large export, and stops, naming the page, when one has a script it must not",
    () =>
      withOut(async (out) => {
        const page = (i: number) => path.join(out, "roles", `role-${i}.html`);
        for (let i = 0; i < MANY; i++) fs.writeFileSync(page(i), NEXT_PAGE);
        finishStep(out);
        for (let i = 0; i < MANY; i++) expect(frameworkLeft(fs.readFileSync(page(i), "utf8")), page(i)).toBeUndefined();

        for (let i = 0; i < MANY; i++) fs.writeFileSync(page(i), NEXT_PAGE);
        fs.writeFileSync(page(MANY - 1), NEXT_PAGE.replace("</body>", "<script>track('role')</script></body>"));
        let stderr = "";
        try {
          finishStep(out);
        } catch (e) {
          stderr = String((e as { stderr?: Buffer }).stderr);
        }
        expect(stderr).toContain(`finish-export: ${path.join("roles", `role-${MANY - 1}.html`)} still has a script that is neither an island nor JSON-LD`);
      }),
    60_000,
  );
});
