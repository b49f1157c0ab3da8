import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { areaFile, roleFile, scrumMasterFile, siteFile } from "./fixtures";

/*
 * `npm run bench` copies the site's roles to make bigger sites. Comparisons, ladders and team
 * shapes name the real roles, so a size below them cannot be made: the default once asked for 15
 * roles of a 25-role site and failed after a minute of work. It now starts at the site's own roles,
 * and a smaller size is refused at once, saying why.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "team-roles-bench-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run bench's sizes", () => {
  it("refuses a size below the site's own roles, naming the smallest it can make", () => {
    const files: Record<string, string> = {
      "site.yml": siteFile(),
      "roles/product-owner.md": roleFile(),
      "roles/scrum-master.md": scrumMasterFile(),
      "areas/product-backlog.md": areaFile(),
      "areas/accepting-work.md": areaFile({ title: "Accepting work as done", label: "Done", order: 2 }),
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    // What an earlier `BENCH_KEEP=1 npm run bench` kept for profiling: a refused run must leave it (the unit tests once deleted it).
    const kept = path.join(ROOT, "bench-tmp");
    const ours = !fs.existsSync(kept);
    const marker = path.join(kept, ours ? "kept-by-an-earlier-run" : "");
    if (ours) {
      fs.mkdirSync(kept);
      fs.writeFileSync(marker, "");
    }
    try {
      const r = spawnSync("npx", ["tsx", "scripts/bench.ts"], {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: dir, BENCH_SIZES: "1,500", BENCH_BUILD: "0", BENCH_KEEP: "" },
        encoding: "utf8",
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("BENCH_SIZES has 1: each size must be a whole number of at least 2, the site's own roles");
      expect(fs.existsSync(marker)).toBe(true);
    } finally {
      if (ours) fs.rmSync(kept, { recursive: true, force: true });
    }
  }, 60_000);
});
