import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * npm ci refuses a lock file that lacks an optional dependency a locked package declares, and a
 * lock written where the registry lacked other platforms' binaries (@next/swc-darwin-arm64…)
 * would leave Next without its compiler on a Mac. So every declared optional dependency must be
 * locked, whichever platform wrote the lock.
 */

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}
interface Lock {
  packages: Record<string, LockEntry>;
}

/** Each "package -> optional dependency" that the lock declares but does not lock, as Node would resolve it. */
function missingOptional(lock: Lock): string[] {
  const locked = (from: string, name: string) => {
    for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf("/node_modules/")))) {
      if (lock.packages[`${dir ? `${dir}/` : ""}node_modules/${name}`]) return true;
      if (!dir) return false;
    }
  };
  return Object.entries(lock.packages).flatMap(([at, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((name) => !locked(at, name))
      .map((name) => `${at || "(root)"} -> ${name}`),
  );
}

describe("package-lock.json", () => {
  it("finds an optional dependency that a lock pruned on one platform lacks, wherever it is nested", () => {
    const lock: Lock = {
      packages: {
        "": {},
        "node_modules/next": { optionalDependencies: { "@next/swc-linux-x64-gnu": "1", "@next/swc-darwin-arm64": "1" } },
        "node_modules/@next/swc-linux-x64-gnu": {},
        "node_modules/a/node_modules/b": { optionalDependencies: { c: "1", d: "1" } },
        "node_modules/a/node_modules/c": {},
      },
    };
    expect(missingOptional(lock)).toEqual(["node_modules/next -> @next/swc-darwin-arm64", "node_modules/a/node_modules/b -> d"]);
  });

  it("locks every platform's optional packages, so npm ci works on Linux, macOS and Windows", () => {
    const lock = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "..", "package-lock.json"), "utf8")) as Lock;
    expect(missingOptional(lock), "Regenerate the lock with `npm install` where the registry has every platform, and commit it.").toEqual([]);
  });
});
