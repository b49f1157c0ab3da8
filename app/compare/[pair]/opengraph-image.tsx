import { OG_SIZE, ogCard } from "@/components/og-card";
import { comparePair, getModel, splitPair } from "@/lib/queries";
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
  if (!c) return ogCard({ kind: "Comparison", title: "Comparison not found", summary: "" });
  const [a, b] = c.roles;
  return ogCard({
    kind: "Comparison",
    title: `${a.title} vs ${b.title}`,
    summary: c.curated?.summary ?? `Where the ${a.title} and the ${b.title} differ and overlap.`,
  });
}
