import { OG_SIZE, ogCard } from "@/components/og-card";
import { allPairs, comparePair, getModel, prerenderedPairs, splitPair } from "@/lib/queries";

export const size = OG_SIZE;
export const contentType = "image/png";
// Rendered at build time, so previews also exist in the static export.
export const dynamic = "force-static";
export const alt = "Team Roles: two roles compared";

// Rendered at build for the same pairs as the page; the static export has every pair (see README).
export function generateStaticParams() {
  const model = getModel();
  const pairs = process.env.STATIC_EXPORT === "1" && model.roles.length <= 40 ? allPairs(model) : prerenderedPairs(model);
  return pairs.map(([a, b]) => ({ pair: `${a}-vs-${b}` }));
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
