import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/site-shell";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site/config";
import { URL_ROOT } from "@/lib/site/metadata";
import "./globals.css";

export const metadata: Metadata = {
  // Without the base path, which the addresses resolved against it (and Next's own preview images) carry.
  metadataBase: new URL(URL_ROOT),
  title: { default: `${SITE_NAME}: who does what in a product team`, template: `%s | ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  openGraph: { siteName: SITE_NAME, type: "website", locale: "en_GB" },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#0f172a" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
