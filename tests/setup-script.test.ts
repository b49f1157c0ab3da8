import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

/* scripts/setup.sh, which both README commands and CI run first, in a throwaway project. */

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function project(pkg: object, lock: object): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "setup-test-"));
  fs.mkdirSync(path.join(dir, "scripts"));
  fs.copyFileSync(path.join(import.meta.dirname, "..", "scripts", "setup.sh"), path.join(dir, "scripts", "setup.sh"));
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(pkg));
  fs.writeFileSync(path.join(dir, "package-lock.json"), JSON.stringify(lock));
  return dir;
}

describe("setup.sh", () => {
  it("says in one message that the lock is out of date and how to fix it, and leaves the lock alone", () => {
    const lock = { name: "x", version: "1.0.0", lockfileVersion: 3, requires: true, packages: { "": { name: "x", version: "1.0.0" } } };
    const root = project({ name: "x", version: "1.0.0", dependencies: { "is-number": "7.0.0" } }, lock);
    const before = fs.readFileSync(path.join(root, "package-lock.json"), "utf8");
    const run = spawnSync("bash", ["scripts/setup.sh"], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("setup: package-lock.json does not match package.json (it lacks is-number@7.0.0).");
    expect(run.stderr).toContain("To fix it: run `npm install` where the npm registry is reachable and commit the updated package-lock.json.");
    // npm's usage text stays in the log it names.
    expect(run.stdout + run.stderr).not.toMatch(/Usage:|--install-strategy/);
    const log = /The full output: (\S+)/.exec(run.stderr)?.[1];
    expect(log && fs.readFileSync(log, "utf8")).toContain("npm error code EUSAGE");
    expect(fs.readFileSync(path.join(root, "package-lock.json"), "utf8")).toBe(before);
    // npm takes seconds to start, more on a busy machine.
  }, 60_000);
});
