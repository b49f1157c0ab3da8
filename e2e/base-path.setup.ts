import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { projectCopy } from "../scripts/project-copy";
import { BASE, PUBLIC_URL, ROOT, SITE } from "./base-path-site";

// The server is started on the export the first test builds.
test.describe.configure({ mode: "serial" });

const env = { ...process.env, BASE_PATH: BASE, SITE_URL: PUBLIC_URL, CONTENT_DIR: path.join(ROOT, "content"), NEXT_TELEMETRY_DISABLED: "1" };

test("the site builds under a base path, and its export check passes", () => {
  test.setTimeout(600_000);
  projectCopy(ROOT, SITE);
  const started = Date.now();
  for (const script of ["build", "test:export"]) {
    const run = spawnSync("npm", ["run", script], { cwd: SITE, encoding: "utf8", env });
    if (run.status !== 0) throw new Error(`npm run ${script} under ${BASE} failed:\n${(run.stdout + run.stderr).split("\n").slice(-40).join("\n")}`);
  }
  console.log(`Built and checked under ${BASE} in ${Math.round((Date.now() - started) / 1000)} s.`);
});

test("npm start serves it under the base path it was built for, and refuses another", async () => {
  const free = await new Promise<number>((resolve) => {
    const probe = http.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const start = (args: string[]) => {
    // `npm start` runs this script; spawned directly, so killing it stops the server.
    const { BASE_PATH: _, ...withoutBase } = process.env;
    const child: ChildProcess = spawn(process.execPath, ["scripts/start.mjs", "--host", "127.0.0.1", ...args], { cwd: SITE, env: withoutBase });
    let output = "";
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    return { child, output: () => output, exited: new Promise<number | null>((resolve) => child.on("exit", resolve)) };
  };
  const wrong = start(["--base", "/docs", "--port", String(free)]);
  expect(await wrong.exited).toBe(1);
  expect(wrong.output()).toContain(`was built for the base path ${BASE}, not "/docs"`);

  const run = start(["--base", BASE, "--port", String(free)]);
  try {
    await expect.poll(run.output, { timeout: 15_000 }).toContain(`http://127.0.0.1:${free}${BASE}`);
    const get = (p: string) => fetch(`http://127.0.0.1:${free}${p}`, { redirect: "manual" });
    expect((await get(BASE)).status).toBe(200);
    expect((await get("/")).headers.get("location")).toBe(BASE);
    expect((await get("/roles")).status).toBe(404);
  } finally {
    run.child.kill();
    await run.exited;
  }
});
