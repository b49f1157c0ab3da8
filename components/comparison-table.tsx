import type { ReactNode } from "react";
import { type Table, comparisonTable } from "./islands/lib/comparison-markup";
import { react } from "./react-markup";

/** The comparison table, whose markup the 404 page's island shares (see comparison-markup.ts), with React content in its cells. */
export function ComparisonTable(props: Table<ReactNode>) {
  return comparisonTable(react, props);
}
