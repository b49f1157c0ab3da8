import os from "node:os";
import type { NextConfig } from "next";
import { BASE_PATH } from "./lib/site/routes";

/*
 * The site is the static export: every page is prerendered to out/, and the build's last step
 * (scripts/finish-export.ts, after `next build` in `npm run build`) then removes Next's client
 * runtime from it, so content pages are HTML and CSS plus, where a person interacts, an island
 * from /islands/.
 * Security headers, redirects and the 404 status are the job of whatever serves out/
 * (scripts/serve.ts here; see the README for other hosts).
 */
const nextConfig: NextConfig = {
  reactStrictMode: true,
  output: "export",
  // A build can write its export to a folder of its own so the team's out/ is untouched: with a
  // static export, a custom distDir names the export folder (Next's own build files stay in .next).
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  // Served under a prefix (BASE_PATH=/handbook), Next writes it in front of its own files (styles,
  // icons, preview images) as lib/site/routes.ts does for ours; the export's files stay at its root.
  ...(BASE_PATH ? { basePath: BASE_PATH } : {}),
  images: { unoptimized: true },
  experimental: {
    // Without it Next prerenders with one worker fewer than the cores, so a 2-core machine renders
    // the pages one at a time; they are independent, so every core can take some.
    cpus: os.availableParallelism(),
    // Without it Next ignores app/global-not-found.tsx and 404.html is Next's bare default page,
    // with no role list and no comparison of an unbuilt pair; moving it back to app/not-found.tsx
    // puts that list into every page's RSC payload, which finish-export refuses (see there).
    globalNotFound: true,
    // Without it Next minifies its server code, which runs only during the build, to prerender the
    // pages: a static export ships none of it. Minifying cost 14% of `next build` on this site
    // (55.1 s against 45.3 s, median of three alternating builds), and out/ is the same either way.
    serverMinification: false,
  },
  poweredByHeader: false,
  // `npm test` (which .ci/run runs) type-checks the whole project, scripts and tests too, with
  // `tsc --noEmit`; repeating it inside every build cost 5-10 s on two cores.
  typescript: { ignoreBuildErrors: true },
  trailingSlash: false,
};

export default nextConfig;
