import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./scripts/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /base-path\.|other-org\./ },
    // The site built again under a base path, into a copy of the project (e2e/base-path-site.ts):
    // about two minutes, so after the other tests, with the cores to itself. Without them: `npx playwright
    // test --no-deps --project "base-path build"`, then the same with `--project base-path`.
    { name: "base-path build", testMatch: /base-path\.setup\.ts/, dependencies: ["desktop"] },
    // Another organisation's site (e2e/fixtures/other-org), built in its own copy of the project.
    { name: "other-org", testMatch: /other-org\.spec\.ts/, dependencies: ["desktop"] },
    { name: "base-path", use: { ...devices["Desktop Chrome"] }, testMatch: /base-path\.spec\.ts/, dependencies: ["base-path build"] },
  ],
  webServer: {
    // The built site as `npm start` serves it: `npm test` runs `npm run build` before this.
    command: `node scripts/start.mjs --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
