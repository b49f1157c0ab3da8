import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ISLANDS_DIR, ISLAND_BUDGET_BYTES, bundleIslands, islandEntries } from "../scripts/islands";

// In Node, not jsdom: esbuild refuses to run under jsdom's TextEncoder.
describe("island bundles", () => {
  it("makes an island of each components/islands/*.ts, and of nothing else", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "islands-"));
    try {
      for (const f of ["a.ts", "b.ts", "b.test.ts", "types.d.ts", "notes.md", "lib/helper.ts"]) {
        fs.mkdirSync(path.dirname(path.join(root, ISLANDS_DIR, f)), { recursive: true });
        fs.writeFileSync(path.join(root, ISLANDS_DIR, f), "");
      }
      expect(Object.keys(islandEntries(root))).toEqual(["a", "b"]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
  it(`each island is at most ${ISLAND_BUDGET_BYTES / 1024} KB gzipped when a page loads it`, async () => {
    const sizes = await bundleIslands(process.cwd(), "public/islands", false);
    for (const s of sizes) expect(s.atLoad, s.name).toBeLessThanOrEqual(ISLAND_BUDGET_BYTES);
    // MiniSearch and the index client load on first use, not with the page.
    const box = sizes.find((s) => s.name === "search-box")!;
    expect(box.atLoad).toBeGreaterThan(0);
    expect(box.lazy).toBeGreaterThan(4 * 1024);
    // The comparison of a pair that was not built loads only on such a 404, and stays small:
    // importing a value from lib/content/schema.ts would pull zod (about 90 KB) into it.
    const pair = sizes.find((s) => s.name === "not-found-suggestions")!;
    expect(pair.lazy).toBeGreaterThan(1024);
    expect(pair.lazy).toBeLessThanOrEqual(ISLAND_BUDGET_BYTES * 1.5);
  });
});
