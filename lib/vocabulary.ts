/*
 * The site's fixed vocabulary: role families, the four dimensions and the RACI levels. Kept
 * free of zod (lib/schema.ts builds its schemas from these and re-exports them) so that code
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

/** RACI: the levels of involvement a role can have in an area of work, strongest first. */
export const LEVELS = {
  A: { name: "Accountable", meaning: "answers for the outcome and makes the final call; one role per area in a team" },
  R: { name: "Responsible", meaning: "does the work" },
  C: { name: "Consulted", meaning: "gives input before decisions are made" },
  I: { name: "Informed", meaning: "is kept up to date" },
} as const;
