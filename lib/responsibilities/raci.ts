/*
 * RACI, in one place: the levels, their order, a role's level in an area, how a team shape's
 * decision changes it, and the two rules every page, check, stylesheet and island applies to a
 * team: a gap (no one does the work) and an overlap (more than one role answers for it). Free of
 * zod and React, so browser code can use it too.
 */

/** The levels of involvement a role can have in an area of work, strongest first. */
export const LEVELS = {
  A: { name: "Accountable", meaning: "answers for the outcome and makes the final call; one role per area in a team" },
  R: { name: "Responsible", meaning: "does the work" },
  C: { name: "Consulted", meaning: "gives input before decisions are made" },
  I: { name: "Informed", meaning: "is kept up to date" },
} as const;
export type Level = keyof typeof LEVELS;
export const LEVEL_ORDER = Object.keys(LEVELS) as [Level, ...Level[]];

/** A level's colour classes (app/globals.css, strongest darkest; each keeps text contrast above 4.5:1 in light and dark). */
export const levelClass = (level: Level) => `lvl lvl-${level.toLowerCase()}`;

/** Whether a value read from outside the model (a data file, a page's attribute) is a level. */
export const isLevel = (value: unknown): value is Level => (LEVEL_ORDER as readonly unknown[]).includes(value);

/** For sorting, strongest first. */
export const byStrength = (a: Level, b: Level) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b);

export const strongest = (levels: readonly Level[]): Level | undefined => [...levels].sort(byStrength)[0];

/** Responsible or Accountable: the role does the work (an accountable role may do it too). */
export const doesTheWork = (level: Level | undefined) => level === "A" || level === "R";
export const answersFor = (level: Level | undefined) => level === "A";

/** In a team, an area is a gap when no role does the work. */
export const isGap = (levels: readonly (Level | undefined)[]) => !levels.some(doesTheWork);
/** In a team, an area is an overlap when more than one role answers for it. */
export const isOverlap = (levels: readonly (Level | undefined)[]) => levels.filter(answersFor).length > 1;

/** A role's level in each area it works in: the strongest level among its tagged items. */
export function levelsByArea(items: readonly { area: string; level: Level }[]): Map<string, Level> {
  const out = new Map<string, Level>();
  for (const item of items) out.set(item.area, strongest([item.level, ...(out.has(item.area) ? [out.get(item.area)!] : [])])!);
  return out;
}

/** What a team shape's file says about one area, if anything. */
export type TeamDecision = { kind: "accountable"; role: string } | { kind: "none"; reason: string } | undefined;

export function teamDecision(team: { accountable: Record<string, string>; noAccountable: Record<string, string> } | undefined, area: string): TeamDecision {
  const role = team?.accountable[area];
  if (role) return { kind: "accountable", role };
  const reason = team?.noAccountable[area];
  return reason ? { kind: "none", reason } : undefined;
}

/** A role's level in an area once the team's decision applies: a page's A yields to the team's choice. */
export function levelInTeam(pageLevel: Level | undefined, role: string, decision: TeamDecision): Level | undefined {
  if (decision?.kind === "accountable" && decision.role === role) return "A";
  if (decision && answersFor(pageLevel)) return "R";
  return pageLevel;
}
