import { pageParams } from "@/lib/site/built-pages";
import { comparePair, splitPair } from "@/lib/model/compare";
import { ogImage } from "@/lib/site/preview-image";
import { getModel } from "@/lib/model/queries";

// A route rather than an opengraph-image file, whose metadata Next would add to every address under /compare.
export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = () => pageParams.pairPreview(getModel());

export async function GET(_request: Request, { params }: { params: Promise<{ pair: string }> }) {
  const model = getModel();
  const slugs = splitPair(model, (await params).pair);
  const c = slugs && comparePair(model, slugs[0], slugs[1]);
  if (!c) return new Response("Not found", { status: 404 });
  const [a, b] = c.roles;
  return ogImage({
    kind: "Comparison",
    title: `${a.title} vs ${b.title}`,
    summary: c.curated?.summary ?? `Where the ${a.title} and the ${b.title} differ and overlap.`,
  });
}
