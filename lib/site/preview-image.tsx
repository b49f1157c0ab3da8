import { ImageResponse } from "next/og";
import { brandShades } from "../content/accent";
import { SITE, SITE_NAME } from "./config";

export const OG_SIZE = { width: 1200, height: 630 };

/** On the preview's dark background, the shades the dark theme uses. */
const brand = brandShades(SITE.accent);

/** Renders the link-preview picture (a PNG response, not a page component): the site, what kind of page, its title and summary. */
export function ogImage({ kind, title, summary }: { kind: string; title: string; summary: string }) {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#0f172a",
        color: "#f8fafc",
        padding: 72,
      }}
    >
      <div style={{ display: "flex", fontSize: 30, color: brand[300], fontWeight: 700 }}>{`${SITE_NAME} · ${kind}`}</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: title.length > 40 ? 60 : 76, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        <div style={{ fontSize: 32, marginTop: 28, color: "#cbd5e1", lineHeight: 1.35 }}>{summary.length > 180 ? `${summary.slice(0, 177)}…` : summary}</div>
      </div>
      <div style={{ display: "flex", height: 12, background: brand[600], borderRadius: 6 }} />
    </div>,
    OG_SIZE,
  );
}
