import type { NextConfig } from "next";

// `npm run export` sets STATIC_EXPORT=1 to write plain files to out/ for any static host.
const staticExport = process.env.STATIC_EXPORT === "1";

const securityHeaders = [
  {
    key: "Content-Security-Policy",
    // Next injects inline bootstrap scripts and styles, so 'unsafe-inline' is needed without nonces;
    // everything else is locked to this origin.
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Files named *.server.ts(x) need a Node server (on-demand comparison pages, the picker's redirect);
  // *.export.tsx stand in for them in the static export, which must prerender everything.
  pageExtensions: staticExport ? ["tsx", "ts", "export.tsx"] : ["tsx", "ts", "server.ts", "server.tsx"],
  poweredByHeader: false,
  trailingSlash: false,
  ...(staticExport
    ? { output: "export", distDir: "out", images: { unoptimized: true } }
    : { distDir: process.env.NEXT_DIST_DIR ?? ".next", headers: async () => [{ source: "/:path*", headers: securityHeaders }] }),
};

export default nextConfig;
