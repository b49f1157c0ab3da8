import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { spawnSync } from "node:child_process";
import path from "node:path";

/* The accessibility and HTML checks, shared by the specs that run them (a11y, html-validity, unbuilt-pair). */

/** Every WCAG 2.2 AA and best-practice rule axe knows, as "rule: elements" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const vnu = path.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** The Nu HTML checker's errors (not warnings) for these files, as "file:line: message" relative to base. */
export function vnuErrors(files: string[], base: string): string[] {
  const run = spawnSync("java", ["-jar", vnu, "--format", "json", "--exit-zero-always", ...files], { encoding: "utf8" });
  if (run.status !== 0 || !run.stderr.startsWith("{")) throw new Error(`the Nu HTML checker did not run: ${run.error ?? run.stderr}`);
  // vnu writes its JSON report to stderr.
  const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  return messages
    .filter((m) => m.type === "error" || m.type === "non-document-error")
    .map((m) => `${path.relative(base, (m.url ?? "").replace(/^file:/, ""))}:${m.lastLine ?? "?"}: ${m.message}`);
}
