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

/** A letter as content writes it: the role's own level, and other levels in named team shapes. */
export interface Letter {
  level: Level;
  inTeams: Readonly<Record<string, Level>>;
}

/** The level that holds in a team shape: the one the content states for that shape, else the role's own. */
export const letterIn = (letter: Letter, team?: string): Level => (team !== undefined ? letter.inTeams[team] : undefined) ?? letter.level;

/** A role's level in each area it works in (in a team shape, if one is named): the strongest among its tagged items. */
export function levelsByArea(items: readonly (Letter & { area: string })[], team?: string): Map<string, Level> {
  const out = new Map<string, Level>();
  for (const item of items) {
    const level = letterIn(item, team);
    out.set(item.area, strongest([level, ...(out.has(item.area) ? [out.get(item.area)!] : [])])!);
  }
  return out;
}

/** How a team shape settles an area (lib/content/schema.ts's rulings, reduced to what browser code needs). */
export type TeamRuling = { kind: "accountable"; role: string } | { kind: "whole-team" | "outside" | "gap"; reason: string };

/** Words for a ruling's kind where no role is named. */
export const RULING_LABELS = {
  "whole-team": "The whole team",
  outside: "Outside this team",
  gap: "A gap in this team shape",
} as const;

/**
 * Whether a role's letter in a team agrees with the team's ruling on the area, and if not, why:
 * the one accountable role has A, no one else has, and in a gap no one does the work either.
 */
export function letterProblem(ruling: TeamRuling, role: string, level: Level | undefined): string | undefined {
  if (ruling.kind === "accountable") {
    if (ruling.role === role) return level === "A" ? undefined : `has ${level ?? "no letter"} there, not A`;
    return answersFor(level) ? "is also A there" : undefined;
  }
  if (answersFor(level)) return "is A there, though no one role answers for it";
  if (ruling.kind === "gap" && doesTheWork(level)) return "is R there, though a gap means no one does the work";
  return undefined;
}
