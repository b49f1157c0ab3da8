import type { ContentModel } from "../model/types";
import { type Level, LEVEL_ORDER, answersFor, byStrength, doesTheWork, isGap, isOverlap, levelsByArea } from "./raci";
import type { Area, Role, Team } from "../content/schema";
import { FAMILIES } from "../content/vocabulary";
import { typedKeys } from "../content/typed";

/*
 * Who does what: each role's RACI level per area of work, and what a team of roles covers.
 * Pure functions over the model; the rules themselves (gap, overlap, a letter in a team shape)
 * are lib/responsibilities/raci.ts's, and lib/responsibilities/check.ts makes every letter agree
 * with the team shape's ruling.
 */

/** What a set of roles covers, area by area; in a team shape, each role's letter for that shape and the shape's ruling. */
export function coverage(model: Pick<ContentModel, "roles" | "areas">, roleSlugs: readonly string[], team?: Team) {
  const roles = roleSlugs.flatMap((s) => model.roles.filter((r) => r.slug === s));
  const levels = new Map(roles.map((r) => [r.slug, levelsByArea(r.responsibilities, team?.slug)]));
  const pageLevels = new Map(roles.map((r) => [r.slug, levelsByArea(r.responsibilities)]));
  return model.areas.map((area) => {
    const ruling = team?.rulings[area.slug];
    // Each role's level in this team (the one its page gives for this team shape, else its own),
    // and its page's own level, if it tags the area at all.
    const parts = roles.flatMap((role) => {
      const level = levels.get(role.slug)?.get(area.slug);
      const pageLevel = pageLevels.get(role.slug)?.get(area.slug);
      return level ? [{ role, level, pageLevel, items: role.responsibilities.filter((r) => r.area === area.slug) }] : [];
    });
    parts.sort((x, y) => byStrength(x.level, y.level) || x.role.title.localeCompare(y.role.title));
    const slugs = new Set(roleSlugs);
    const outside = ruling?.kind === "outside";
    return {
      area,
      parts,
      accountable: parts.filter((p) => answersFor(p.level)).map((p) => p.role),
      // Roles that do the work: Responsible, or Accountable (who may also do it).
      doers: parts.filter((p) => doesTheWork(p.level)).map((p) => p.role),
      // How the team shape settles the area; none for a team of the reader's own.
      ruling,
      // The team needs the area and no one in it does the work; `outside`: it sits outside the team, with someone else.
      gap: ruling ? ruling.kind === "gap" : isGap(parts.map((p) => p.level)),
      outside,
      overlap: isOverlap(parts.map((p) => p.level)),
      // Disagreements between sources that concern at least two of the team's roles.
      differ: area.differ.filter((d) => d.roles.filter((r) => slugs.has(r)).length >= 2),
      // A role's own page claims A, and in this team shape it yields.
      overrides: team !== undefined && parts.some((p) => answersFor(p.pageLevel) && !answersFor(p.level)),
    };
  });
}

export type AreaCoverage = ReturnType<typeof coverage>[number];

/**
 * The same rule as `coverage` without a team shape, reduced to which roles must be present for
 * each outcome: the "your team" page turns these into CSS, so it works without JavaScript. A role
 * that a team shape makes accountable can answer for the area too, so no area is reported as
 * unowned only because no role's own page claims it.
 */
export function coverageConditions(model: Pick<ContentModel, "roles" | "areas" | "teams">) {
  const own = model.roles.map((r) => ({ slug: r.slug, levels: levelsByArea(r.responsibilities) }));
  return model.areas.map((area) => {
    const accountable = own.filter((r) => answersFor(r.levels.get(area.slug))).map((r) => r.slug);
    const byTeam = model.teams.flatMap((t) => {
      const ruling = t.rulings[area.slug];
      return ruling?.kind === "accountable" && !accountable.includes(ruling.role) ? [{ role: ruling.role, team: t.slug }] : [];
    });
    const outside = model.teams.flatMap((t) => {
      const ruling = t.rulings[area.slug];
      return ruling?.kind === "outside" ? [{ team: t.slug, reason: ruling.reason }] : [];
    });
    return {
      area: area.slug,
      doers: own.filter((r) => doesTheWork(r.levels.get(area.slug))).map((r) => r.slug),
      accountable,
      /** Roles a team shape makes accountable where their own page does not: one per role, with the first shape that does. */
      canAnswer: byTeam.filter((x, i) => byTeam.findIndex((y) => y.role === x.role) === i),
      /** A team shape that rules the area outside the team, for "your team" to say so where no ticked role covers it. */
      usuallyOutside: outside[0],
    };
  });
}

/** Families in their display order, each with its roles, skipping empty families. */
export const rolesByFamily = (roles: readonly Role[]) =>
  typedKeys(FAMILIES).flatMap((family) => {
    const members = roles.filter((r) => r.family === family);
    return members.length ? [{ family, label: FAMILIES[family], roles: members }] : [];
  });

/** The responsibility matrix: a row per role, grouped by family, a column per area. */
export function responsibilityMatrix(model: Pick<ContentModel, "roles" | "areas">, roles: readonly Role[] = model.roles) {
  // A cell is `differs` where sources disagree about this role's part in this area.
  const rowFor = (role: Role) => {
    const levels = levelsByArea(role.responsibilities);
    return {
      role,
      cells: model.areas.map((area) => {
        const level = levels.get(area.slug);
        if (!level) return undefined;
        const differs = area.differ.some((d) => d.roles.includes(role.slug));
        return { level, differs };
      }),
    };
  };
  const groups = rolesByFamily(roles).map((g) => ({ ...g, rows: g.roles.map(rowFor) }));
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

/** A letter's levels in named team shapes, in the shapes' order, for pages to show beside the role's own. */
export function inTeamsOf(letter: { inTeams: Readonly<Record<string, Level>> }, teams: readonly Pick<Team, "slug" | "title">[]) {
  return teams.flatMap((team) => (letter.inTeams[team.slug] ? [{ level: letter.inTeams[team.slug]!, team }] : []));
}

/** A team shape's coverage (worked out once), then for any area: who is accountable, its ruling, and whether it is a gap or outside the team. */
function teamCoverage(model: ContentModel, team: Team) {
  const byArea = new Map(
    coverage(model, team.roles, team).map((c) => [c.area.slug, { team, accountable: c.accountable, ruling: c.ruling, gap: c.gap, outside: c.outside }]),
  );
  return (area: string) => byArea.get(area)!;
}

/** One area across every role and every team shape. */
export const areaOverview = (model: ContentModel, area: Area) => ({
  byLevel: rolesByLevel(model, area.slug),
  teams: model.teams.map((team) => teamCoverage(model, team)(area.slug)),
});

/** Each team shape that includes the role: what it answers for there, and where its letters differ from its own page's. */
export function roleInTeams(model: ContentModel, role: Role) {
  const own = levelsByArea(role.responsibilities);
  return model.teams
    .filter((t) => t.roles.includes(role.slug))
    .map((team) => {
      const inTeam = levelsByArea(role.responsibilities, team.slug);
      const areas = (pick: (slug: string) => boolean) => model.areas.filter((a) => pick(a.slug));
      return {
        team,
        accountableFor: areas((a) => answersFor(inTeam.get(a))),
        changed: areas((a) => inTeam.get(a) !== own.get(a)).map((area) => ({
          area,
          own: own.get(area.slug),
          here: inTeam.get(area.slug),
        })),
      };
    });
}

/** Two roles' levels in every area either works in, and who is accountable in each team shape that has either role. */
export function compareAreas(model: ContentModel, a: Role, b: Role) {
  const la = levelsByArea(a.responsibilities);
  const lb = levelsByArea(b.responsibilities);
  const teams = model.teams.filter((t) => t.roles.includes(a.slug) || t.roles.includes(b.slug));
  const inTeams = teams.map((t) => teamCoverage(model, t));
  const rows = model.areas
    .filter((area) => la.has(area.slug) || lb.has(area.slug))
    .map((area) => ({
      area,
      levels: [la.get(area.slug), lb.get(area.slug)] as [Level | undefined, Level | undefined],
      items: [a, b].map((r) => r.responsibilities.filter((x) => x.area === area.slug)) as [Role["responsibilities"], Role["responsibilities"]],
      teams: inTeams.map((inTeam) => inTeam(area.slug)),
      differs: area.differ.some((d) => d.roles.includes(a.slug) && d.roles.includes(b.slug)),
    }));
  return { teams, rows };
}
