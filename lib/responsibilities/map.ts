import type { ContentModel } from "../model/link";
import {
  type Level,
  type TeamDecision,
  LEVEL_ORDER,
  answersFor,
  byStrength,
  doesTheWork,
  isGap,
  isOverlap,
  levelInTeam,
  levelsByArea,
  teamDecision,
} from "./raci";
import type { Area, Family, Role, Team } from "../content/schema";
import { FAMILIES } from "../content/vocabulary";
import { typedKeys } from "../content/typed";

/*
 * Who does what: each role's RACI level per area of work, and what a team of roles covers.
 * Pure functions over the model; the rules themselves (gap, overlap, a team shape's decision)
 * are lib/responsibilities/raci.ts's.
 */

export interface RolePart {
  role: Role;
  /** The level in this team (after the team's decision). */
  level: Level;
  /** The level the role's own page gives, if it tags the area at all. */
  pageLevel?: Level;
  items: Role["responsibilities"];
}

export interface AreaCoverage {
  area: Area;
  parts: RolePart[];
  accountable: Role[];
  /** Roles that do the work: Responsible, or Accountable (who may also do it). */
  doers: Role[];
  decision: TeamDecision;
  note?: string;
  /** No one in the team is Responsible or Accountable. */
  gap: boolean;
  /** Two or more roles are Accountable. */
  overlap: boolean;
  /** Disagreements between sources that concern at least two of the team's roles. */
  differ: Area["differ"];
  /** The team shape chose the accountable role where a role's own page also claims A. */
  overrides: boolean;
}

/** What a set of roles covers, area by area; with a team shape, its decisions apply. */
export function coverage(model: Pick<ContentModel, "roles" | "areas">, roleSlugs: readonly string[], team?: Team): AreaCoverage[] {
  const roles = roleSlugs.flatMap((s) => model.roles.filter((r) => r.slug === s));
  const levels = new Map(roles.map((r) => [r.slug, levelsByArea(r.responsibilities)]));
  return model.areas.map((area) => {
    const decision = teamDecision(team, area.slug);
    const parts = roles.flatMap((role): RolePart[] => {
      const pageLevel = levels.get(role.slug)?.get(area.slug);
      const level = levelInTeam(pageLevel, role.slug, decision);
      return level ? [{ role, level, pageLevel, items: role.responsibilities.filter((r) => r.area === area.slug) }] : [];
    });
    parts.sort((x, y) => byStrength(x.level, y.level) || x.role.title.localeCompare(y.role.title));
    const accountable = parts.filter((p) => answersFor(p.level)).map((p) => p.role);
    const doers = parts.filter((p) => doesTheWork(p.level)).map((p) => p.role);
    const slugs = new Set(roleSlugs);
    return {
      area,
      parts,
      accountable,
      doers,
      decision,
      note: team?.notes[area.slug],
      gap: isGap(parts.map((p) => p.level)),
      overlap: isOverlap(parts.map((p) => p.level)),
      differ: area.differ.filter((d) => d.roles.filter((r) => slugs.has(r)).length >= 2),
      overrides: decision?.kind === "accountable" && parts.some((p) => answersFor(p.pageLevel) && !answersFor(p.level)),
    };
  });
}

/**
 * The same rule as `coverage` without a team shape, reduced to which roles must be present for
 * each outcome: the "your team" page turns these into CSS, so it works without JavaScript.
 */
export function coverageConditions(model: Pick<ContentModel, "roles" | "areas">): { area: string; doers: string[]; accountable: string[] }[] {
  const levels = model.roles.map((r) => ({ slug: r.slug, levels: levelsByArea(r.responsibilities) }));
  return model.areas.map((area) => ({
    area: area.slug,
    doers: levels.filter((r) => doesTheWork(r.levels.get(area.slug))).map((r) => r.slug),
    accountable: levels.filter((r) => answersFor(r.levels.get(area.slug))).map((r) => r.slug),
  }));
}

export interface MatrixCell {
  level: Level;
  items: Role["responsibilities"];
  /** Sources disagree about this role's part in this area. */
  differs: boolean;
}

export interface MatrixRow {
  role: Role;
  cells: (MatrixCell | undefined)[];
}

/** The responsibility matrix: a row per role, grouped by family, a column per area. */
export function responsibilityMatrix(model: Pick<ContentModel, "roles" | "areas">, roles: readonly Role[] = model.roles) {
  const rowFor = (role: Role): MatrixRow => {
    const levels = levelsByArea(role.responsibilities);
    return {
      role,
      cells: model.areas.map((area) => {
        const level = levels.get(area.slug);
        if (!level) return undefined;
        const differs = area.differ.some((d) => d.roles.includes(role.slug));
        return { level, items: role.responsibilities.filter((r) => r.area === area.slug), differs };
      }),
    };
  };
  const groups = typedKeys(FAMILIES).flatMap((family: Family) => {
    const members = roles.filter((r) => r.family === family);
    return members.length ? [{ family, label: FAMILIES[family], rows: members.map(rowFor) }] : [];
  });
  return { areas: model.areas, groups };
}

/** Every role that works in an area, grouped by its level there (strongest first), with the items behind it. */
export function rolesByLevel(model: Pick<ContentModel, "roles">, area: string) {
  return LEVEL_ORDER.map((level) => ({
    level,
    parts: model.roles.flatMap((role) => {
      const items = role.responsibilities.filter((r) => r.area === area);
      return items.length && levelsByArea(items).get(area) === level ? [{ role, items }] : [];
    }),
  })).filter((g) => g.parts.length);
}

/** One area across every role and every team shape. */
export function areaOverview(model: ContentModel, area: Area) {
  const byLevel = rolesByLevel(model, area.slug);
  const teams = model.teams.map((team) => {
    const c = coverage(model, team.roles, team).find((x) => x.area.slug === area.slug)!;
    return { team, accountable: c.accountable, decision: c.decision, note: c.note, gap: c.gap };
  });
  return { byLevel, teams };
}

/** Each team shape that includes the role: where the team makes it accountable, and where it yields to another role. */
export function roleInTeams(model: ContentModel, role: Role) {
  const pageLevels = levelsByArea(role.responsibilities);
  return model.teams
    .filter((t) => t.roles.includes(role.slug))
    .map((team) => {
      const c = coverage(model, team.roles, team);
      return {
        team,
        accountableFor: c.filter((x) => x.accountable.includes(role)).map((x) => x.area),
        gainedFromTeam: c
          .filter((x) => x.decision?.kind === "accountable" && x.decision.role === role.slug && !answersFor(pageLevels.get(x.area.slug)))
          .map((x) => x.area),
        yields: c
          .filter((x) => answersFor(pageLevels.get(x.area.slug)) && !x.accountable.includes(role))
          .map((x) => ({ area: x.area, to: x.accountable, decision: x.decision, differ: x.area.differ.filter((d) => d.roles.includes(role.slug)) })),
      };
    });
}

/** Two roles' levels in every area either works in, and who is accountable in each team shape that has either role. */
export function compareAreas(model: ContentModel, a: Role, b: Role) {
  const la = levelsByArea(a.responsibilities);
  const lb = levelsByArea(b.responsibilities);
  const teams = model.teams.filter((t) => t.roles.includes(a.slug) || t.roles.includes(b.slug));
  const byTeam = new Map(teams.map((t) => [t.slug, coverage(model, t.roles, t)]));
  const rows = model.areas
    .filter((area) => la.has(area.slug) || lb.has(area.slug))
    .map((area) => ({
      area,
      levels: [la.get(area.slug), lb.get(area.slug)] as [Level | undefined, Level | undefined],
      items: [a, b].map((r) => r.responsibilities.filter((x) => x.area === area.slug)) as [Role["responsibilities"], Role["responsibilities"]],
      teams: teams.map((t) => {
        const c = byTeam.get(t.slug)!.find((x) => x.area.slug === area.slug)!;
        return { team: t, accountable: c.accountable, decision: c.decision };
      }),
      differs: area.differ.some((d) => d.roles.includes(a.slug) && d.roles.includes(b.slug)),
    }));
  return { teams, rows };
}
