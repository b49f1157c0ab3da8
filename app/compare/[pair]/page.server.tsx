import { getModel, prerenderedPairs } from "@/lib/queries";

export { default, generateMetadata } from "./pair-page";

// Pairs grow with the square of the roles: build curated and related pairs now, render the rest on first request and cache them.
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedPairs(getModel()).map(([a, b]) => ({ pair: `${a}-vs-${b}` }));
}
