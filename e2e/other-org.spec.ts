import { expect, test } from "@playwright/test";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { formatErrors } from "../lib/content/errors";
import type { ContentModel } from "../lib/model/types";
import { NO_PAGE } from "../lib/site/built-pages";
import { exportProblems } from "../scripts/check-export";
import { islandEntries } from "../scripts/islands";
import { projectCopy } from "../scripts/project-copy";
import { serveExport } from "./test-server";
import { crawl } from "./crawl";

/*
 * Another organisation's site: its own name, two roles, two areas and one team shape, no
 * comparison and no ladder (e2e/fixtures/other-org/content). It is built from a copy of the
 * project, as a fork would build it, then served and crawled: nothing may assume our content.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const CONTENT = path.join(ROOT, "e2e/fixtures/other-org/content");
const SITE = path.join(ROOT, "bench-tmp/other-org");
const OUT = path.join(SITE, "out");
const OUR_NAME = "Team Roles";

test.describe.configure({ mode: "serial" });

let site: Awaited<ReturnType<typeof serveExport>> | undefined;
let base: string;
let model: ContentModel;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const loaded = loadContent(CONTENT);
  if (!loaded.ok) throw new Error(formatErrors(loaded.errors));
  model = loaded.value;
  projectCopy(ROOT, SITE);
  const build = spawnSync("npm", ["run", "build"], {
    cwd: SITE,
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: CONTENT, CONTENT_CACHE_DIR: path.join(SITE, ".content-cache"), NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error(`the other organisation's site did not build:\n${(build.stdout + build.stderr).split("\n").slice(-40).join("\n")}`);
  site = await serveExport({ root: OUT });
  base = site.origin;
});

test.afterAll(async () => {
  await site?.close();
});

const get = async (p: string) => {
  const res = await fetch(`${base}${p}`, { redirect: "manual" });
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: () => res.text() };
};

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) yield* files(path.join(dir, e.name));
    else yield path.join(dir, e.name);
  }
}

test("every link on another organisation's site resolves", async () => {
  const { seen, broken } = await crawl(get);
  expect(broken).toEqual([]);
  for (const r of model.roles) expect(seen).toContain(`/roles/${r.slug}`);
  for (const t of model.teams) expect(seen).toContain(`/teams/${t.slug}`);
});

test("the export check holds for its content, and no placeholder page of an empty route is left", () => {
  expect(exportProblems(OUT, model, Object.keys(islandEntries(ROOT)))).toEqual([]);
  expect([...files(OUT)].filter((f) => path.basename(f).startsWith(NO_PAGE))).toEqual([]);
});

test("no page, preview, data file, feed or redirect page carries our name", () => {
  const text = [...files(OUT)].filter((f) => /\.(html|json|xml|txt|css|js|csv)$|_redirects$/.test(f));
  expect(text.length).toBeGreaterThan(10);
  expect(text.filter((f) => fs.readFileSync(f, "utf8").includes(OUR_NAME)).map((f) => path.relative(OUT, f))).toEqual([]);
});

test("its roles are found by search and its team shape shows both roles", async () => {
  const search = await (await get("/search?q=DL")).text();
  expect(search).toContain(`href="/roles/delivery-lead"`);
  const team = await (await get("/teams/service-squad")).text();
  for (const r of model.roles) expect(team).toContain(r.title);
});
