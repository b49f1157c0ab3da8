import { ogCard } from "@/components/og-card";
import { comparePair, getModel, splitPair } from "@/lib/queries";
import { previewPairs } from "../pairs";

// A route rather than an opengraph-image file, so that only some pairs need one (see pairs.ts).
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return previewPairs(getModel());
}

export async function GET(_request: Request, { params }: { params: Promise<{ pair: string }> }) {
  const model = getModel();
  const slugs = splitPair(model, (await params).pair);
  const c = slugs && comparePair(model, slugs[0], slugs[1]);
  if (!c) return new Response("Not found", { status: 404 });
  const [a, b] = c.roles;
  return ogCard({
    kind: "Comparison",
    title: `${a.title} vs ${b.title}`,
    summary: c.curated?.summary ?? `Where the ${a.title} and the ${b.title} differ and overlap.`,
  });
}
