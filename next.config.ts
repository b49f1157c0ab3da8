import os from "node:os";
import path from "node:path";
import type { NextConfig } from "next";

/*
 * The site is the static export: every page is prerendered to out/, and the adapter's
 * onBuildComplete (scripts/static-adapter.mjs) then removes Next's client runtime from it, so
 * content pages are HTML and CSS plus, where a person interacts, an island from /islands/.
 * Security headers, redirects and the 404 status are the job of whatever serves out/
 * (scripts/serve.ts here; see the README for other hosts).
 */
const nextConfig: NextConfig = {
  reactStrictMode: true,
  output: "export",
  // A benchmark builds into its own folder so the team's out/ is untouched; with a custom distDir
  // Next writes the export there too.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  images: { unoptimized: true },
  // Resolved from the project folder `next build` runs in.
  adapterPath: path.resolve(process.cwd(), "scripts/static-adapter.mjs"),
  // Next prerenders with one worker on a 2-core machine by default; pages are independent, so use every core.
  // globalNotFound: the 404 page is app/global-not-found.tsx (see there for why).
  experimental: { cpus: os.availableParallelism(), globalNotFound: true },
  poweredByHeader: false,
  // `npm test` (which .ci/run runs) type-checks the whole project, scripts and tests too, with
  // `tsc --noEmit`; repeating it inside every build cost 5-10 s on two cores.
  typescript: { ignoreBuildErrors: true },
  trailingSlash: false,
};

export default nextConfig;
