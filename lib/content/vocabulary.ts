/*
 * The site's fixed vocabulary: role families, the four dimensions, the Scrum events and artefacts and
 * the form of a slug (the RACI levels are lib/responsibilities/raci.ts's). Kept
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

/** Scrum events and artefacts a role can describe its part in, in the order the matrix shows them. */
export const SCRUM_ACTIVITIES = {
  "sprint-planning": { label: "Sprint planning", kind: "event" },
  "daily-stand-up": { label: "Daily stand-up", kind: "event" },
  "sprint-review": { label: "Sprint review", kind: "event" },
  "sprint-retrospective": { label: "Sprint retrospective", kind: "event" },
  "backlog-refinement": { label: "Backlog refinement", kind: "event" },
  "product-backlog": { label: "Product backlog", kind: "artefact" },
  "sprint-backlog": { label: "Sprint backlog", kind: "artefact" },
  increment: { label: "Increment", kind: "artefact" },
  "product-vision-and-roadmap": { label: "Product vision and roadmap", kind: "artefact" },
} as const;

/** A slug: a file name without .md, an anchor id, an address's last part. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export { LEVELS } from "../responsibilities/raci";
