import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * A copy of the project's source (tracked files and new ones not yet committed, but not content,
 * tests or what .gitignore leaves out) in `dir`, in which to build another site without touching
 * this one's .next/ or out/. `dir` must be inside the project, so modules resolve from its
 * node_modules one folder up the tree. Used by the bench and the end-to-end test of another
 * organisation's site.
 */
export function projectCopy(root: string, dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean);
  for (const f of files) {
    if (/^(content|tests|e2e|\.ci)\//.test(f) || !fs.existsSync(path.join(root, f))) continue;
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(root, f), path.join(dir, f));
  }
  return dir;
}
