import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { exportDir } from "../scripts/finish-export";

/*
 * The GitHub Pages workflow a fork turns on. Its build environment is worked out here as Actions
 * would, from what actions/configure-pages reports for each kind of Pages site, and the site's
 * addresses are checked under the base path that gives.
 */

const ROOT = path.resolve(import.meta.dirname, "..");

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push?: { branches?: string[] }; workflow_dispatch?: unknown };
  permissions: Record<string, string>;
  concurrency: { group: string };
  jobs: Record<string, { needs?: string | string[]; steps: Step[]; environment?: { name: string } }>;
}

const workflow = parse(fs.readFileSync(path.join(ROOT, ".github/workflows/pages.yml"), "utf8")) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const action = (name: string) => steps.find((s) => s.uses?.split("@")[0] === name);
const build = steps.find((s) => s.run === "npm run build")!;

/** The build step's environment as Actions fills it in: only `${{ steps.<id>.outputs.<name> }}` is expected. */
function buildEnv(outputs: Record<string, Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(build.env ?? {}).map(([k, v]) => [
      k,
      String(v).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
        const m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
        const value = m && outputs[m[1]!]?.[m[2]!];
        if (value === undefined || value === null) throw new Error(`${k} uses \${{ ${expr} }}, which no step here gives`);
        return value;
      }),
    ]),
  );
}

/** What configure-pages reports for a site at this address: base_url and base_path without a trailing slash. */
const pagesOutputs = (siteUrl: string) => {
  const id = action("actions/configure-pages")?.id;
  if (!id) throw new Error("the configure-pages step has no id, so no later step can read its outputs");
  const url = new URL(siteUrl);
  return { [id]: { base_url: url.href.replace(/\/$/, ""), base_path: url.pathname.replace(/\/$/, ""), origin: url.origin } };
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the GitHub Pages workflow", () => {
  it("builds on each push to main, or by hand, one deployment at a time, with the permissions Pages needs", () => {
    expect(workflow.on.push?.branches).toEqual(["main"]);
    expect(workflow.on).toHaveProperty("workflow_dispatch");
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    expect(workflow.concurrency.group).toBe("pages");
  });

  it("uses the official actions, Node 20 with npm's cache, and installs from the lock file before building", () => {
    for (const a of ["actions/checkout", "actions/setup-node", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"]) {
      expect(action(a), a).toBeDefined();
    }
    expect(action("actions/setup-node")?.with).toMatchObject({ "node-version": 20, cache: "npm" });
    const buildSteps = workflow.jobs.build!.steps;
    expect(buildSteps.findIndex((s) => s.run === "npm ci")).toBeGreaterThan(-1);
    expect(buildSteps.findIndex((s) => s.run === "npm ci")).toBeLessThan(buildSteps.indexOf(build));
    expect(buildSteps.findIndex((s) => s.uses?.startsWith("actions/configure-pages@"))).toBeLessThan(buildSteps.indexOf(build));
  });

  it("uploads the folder the build writes its export to, and deploys it after the build", () => {
    const upload = action("actions/upload-pages-artifact")!;
    expect(path.resolve(ROOT, String(upload.with?.path))).toBe(exportDir(ROOT));
    const deploy = Object.values(workflow.jobs).find((j) => j.steps.some((s) => s.uses?.startsWith("actions/deploy-pages@")))!;
    expect([deploy.needs].flat()).toContain("build");
    expect(deploy.environment?.name).toBe("github-pages");
  });

  it("builds a project site with the repository's name as the base path, and its public address to match", async () => {
    const env = buildEnv(pagesOutputs("https://octocat.github.io/team-roles/"));
    expect(env).toMatchObject({ BASE_PATH: "/team-roles", SITE_URL: "https://octocat.github.io/team-roles" });
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    vi.resetModules();
    const { roleUrl, islandUrl } = await import("@/lib/site/routes");
    const { absoluteUrl } = await import("@/lib/site/metadata");
    expect(roleUrl("product-owner")).toBe("/team-roles/roles/product-owner");
    expect(islandUrl("search-box")).toBe("/team-roles/islands/search-box.js");
    expect(absoluteUrl(roleUrl("product-owner"))).toBe("https://octocat.github.io/team-roles/roles/product-owner");
  });

  for (const [kind, url] of [
    ["a user or organisation site (<owner>.github.io)", "https://octocat.github.io/"],
    ["a site with a custom domain", "https://roles.example.org/"],
  ] as const) {
    it(`builds ${kind} at the root`, async () => {
      const env = buildEnv(pagesOutputs(url));
      expect(env.BASE_PATH).toBe("");
      for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
      vi.resetModules();
      const { roleUrl } = await import("@/lib/site/routes");
      const { absoluteUrl } = await import("@/lib/site/metadata");
      expect(absoluteUrl(roleUrl("product-owner"))).toBe(`${url}roles/product-owner`);
    });
  }
});
