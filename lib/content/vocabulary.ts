/*
 * The site's fixed vocabulary: role families and the four dimensions (the RACI levels are lib/responsibilities/raci.ts's). Kept
 * free of zod (lib/content/schema.ts builds its schemas from these and re-exports them) so that code
 * bundled for the browser, such as the comparison of a pair that was not built, can use the
 * same labels without pulling zod into an island.
 */

export const FAMILIES = {
  "product-management": "Product management",
  delivery: "Delivery",
  design: "Design",
  engineering: "Engineering",
  governance: "Governance",
  stakeholders: "Clients and stakeholders",
} as const;

export const DIMENSIONS = {
  focus: "Focus",
  scope: "Scope",
  responsibility: "Responsibility",
  communication: "Communication",
} as const;
export type Dimension = keyof typeof DIMENSIONS;

export { LEVELS } from "../responsibilities/raci";
