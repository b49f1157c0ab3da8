import { allPairs, getModel, prerenderedPairs } from "@/lib/queries";

export { default, generateMetadata } from "./pair-page";

// A static host cannot render on demand, so the export holds every pair while that stays small (see README).
export const dynamicParams = false;

const EXPORT_ALL_PAIRS_UP_TO = 40;

export function generateStaticParams() {
  const model = getModel();
  const pairs = model.roles.length <= EXPORT_ALL_PAIRS_UP_TO ? allPairs(model) : prerenderedPairs(model);
  return pairs.map(([a, b]) => ({ pair: `${a}-vs-${b}` }));
}
