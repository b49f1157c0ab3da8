import { OG_SIZE, ogImage } from "@/lib/og-image";
import { getModel } from "@/lib/queries";
import { comparePair, splitPair } from "@/lib/compare";
import { builtPairs } from "./pairs";

export const size = OG_SIZE;
export const contentType = "image/png";
// Rendered at build time, so previews also exist in the static export.
export const dynamic = "force-static";
export const alt = "Team Roles: two roles compared";

// One image for each comparison page built.
export function generateStaticParams() {
  return builtPairs(getModel());
}

export default async function Image({ params }: { params: Promise<{ pair: string }> }) {
  const model = getModel();
  const slugs = splitPair(model, (await params).pair);
  const c = slugs && comparePair(model, slugs[0], slugs[1]);
  if (!c) return ogImage({ kind: "Comparison", title: "Comparison not found", summary: "" });
  const [a, b] = c.roles;
  return ogImage({
    kind: "Comparison",
    title: `${a.title} vs ${b.title}`,
    summary: c.curated?.summary ?? `Where the ${a.title} and the ${b.title} differ and overlap.`,
  });
}
