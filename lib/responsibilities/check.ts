import { type ContentError, fileAt, noSuchFile, referencedRole } from "../content/errors";
import { didYouMean } from "../content/did-you-mean";
import type { ParsedArea } from "../content/parse-area";
import type { ParsedTeam } from "../content/parse-team";
import { RULING_LABELS, answersFor, letterIn, letterProblem, levelsByArea } from "./raci";
import { YOUR_TEAM, YOUR_TEAM_SLUG } from "../site/routes";
import type { ParsedRole } from "../content/schema";

/*
 * The cross-file rules of the responsibility map. Pure: parsed roles, areas and team shapes
 * in, every problem out, each naming the files and lines involved and the fix.
 *   1. Every tagged responsibility names an area that exists.
 *   2. Every team shape rules on every area: one accountable role, the whole team, outside the
 *      team, or a gap; a ruling that someone answers for the area cites a source a reader can open.
 *   3. Every letter the site shows agrees with the rulings: in each team shape, a role's letter
 *      for an area (its own, or the one its page gives for that shape) and for a Scrum artefact
 *      (in shapes that work in Scrum) match the shape's ruling and each other.
 *   4. Every area a team needs can be owned: some role can be accountable for it somewhere.
 */

export function checkResponsibilityMap(roles: readonly ParsedRole[], areas: readonly ParsedArea[], teams: readonly ParsedTeam[]): ContentError[] {
  const errors: ContentError[] = [];
  const roleBySlug = new Map(roles.map((r) => [r.slug, r]));
  const areaBySlug = new Map(areas.map((a) => [a.slug, a]));
  const areaSlugs = [...areaBySlug.keys()];
  const noArea = (name: string) => `${noSuchFile("area", name, areaSlugs)}${areaSlugs.length ? "" : " (there are none yet: add content/areas/<area>.md)"}.`;

  for (const role of roles) {
    for (const r of role.responsibilities) {
      if (!areaBySlug.has(r.area)) errors.push({ file: role.file, line: r.line, where: "## Responsibilities", message: `"${r.title}": ${noArea(r.area)}` });
    }
  }

  const byOrder = new Map<number, ParsedArea>();
  for (const area of areas) {
    const other = byOrder.get(area.order);
    if (other)
      errors.push({
        file: area.file,
        line: area.lines.order,
        where: "order",
        message: `${area.order} is also the order of ${other.file}. Give each area its own number.`,
      });
    else byOrder.set(area.order, area);
    area.differ.forEach((d, i) =>
      d.roles.forEach((slug, j) =>
        referencedRole(slug, roleBySlug, { file: area.file, line: area.lines.differ[i], where: `differ[${i}].roles[${j}]` }, errors),
      ),
    );
  }

  for (const team of teams) {
    if (team.slug === YOUR_TEAM_SLUG) {
      errors.push({ file: team.file, message: `the address ${YOUR_TEAM} is the "your team" page. Rename the file, e.g. ${YOUR_TEAM_SLUG}-team.md.` });
      continue;
    }
    errors.push(...checkTeam(team, roleBySlug, areaBySlug, areas, noArea));
  }
  errors.push(...checkTeamNames(roles, teams), ...checkScrumLetters(roles, areas, teams), ...checkOwnable(roles, areas, teams));
  return errors;
}

/** A letter for a named team shape must name a shape that exists and has the role in it. */
function checkTeamNames(roles: readonly ParsedRole[], teams: readonly ParsedTeam[]): ContentError[] {
  const bySlug = new Map(teams.map((t) => [t.slug, t]));
  const slugs = [...bySlug.keys()];
  return roles.flatMap((role) =>
    [
      ...role.responsibilities.map((r) => ({ title: r.title, line: r.line, names: Object.keys(r.inTeams), where: "## Responsibilities", scrum: false })),
      ...role.scrum.map((s) => ({ title: s.activity, line: s.line, names: Object.keys(s.inTeams), where: "## Scrum events and artefacts", scrum: true })),
    ].flatMap((item) =>
      item.names.flatMap((name): ContentError[] => {
        const team = bySlug.get(name);
        const fix = (problem: string) => [{ file: role.file, line: item.line, where: item.where, message: `"${item.title}": ${problem}` }];
        if (!team) return fix(`${noSuchFile("team shape", name, slugs)}.`);
        if (!team.roles.includes(role.slug))
          return fix(`the team shape "${team.title}" (${team.file}) has no ${role.title}. Name a team shape the role is in.`);
        if (item.scrum && !team.scrum)
          return fix(`the team shape "${team.title}" does not work in Scrum (it has no \`scrum: true\`), so its Scrum letters do not apply.`);
        return [];
      }),
    ),
  );
}

function checkTeam(
  team: ParsedTeam,
  roleBySlug: ReadonlyMap<string, ParsedRole>,
  areaBySlug: ReadonlyMap<string, ParsedArea>,
  areas: readonly ParsedArea[],
  noArea: (name: string) => string,
): ContentError[] {
  const errors: ContentError[] = [];
  const at = (path: (string | number)[]) => ({ file: team.file, line: team.lineOf(path), where: path.join(".") });
  const err = (path: (string | number)[], message: string) => errors.push({ ...at(path), message });
  const members = team.roles.map((slug, i) => referencedRole(slug, roleBySlug, at(["roles", i]), errors)).filter((r) => r !== undefined);
  if (members.length !== team.roles.length) return errors;
  if (new Set(team.roles).size !== team.roles.length) {
    // Counting a role twice would also report it as two accountable roles; one message is enough.
    err(["roles"], "names a role twice. List each role once.");
    return errors;
  }

  let keysOk = true;
  const sources = new Map(team.sources.map((src) => [src.title, src]));
  for (const [key, ruling] of Object.entries(team.rulings)) {
    const area = areaBySlug.get(key);
    if (!area) {
      keysOk = false;
      err(["rulings", key], noArea(key));
      continue;
    }
    if (ruling.kind === "accountable" && !team.roles.includes(ruling.role)) {
      keysOk = false;
      err(["rulings", key, "accountable"], `"${ruling.role}" is not in this team. Choose one of its roles: ${team.roles.join(", ")}.`);
    }
    if (ruling.source !== undefined) {
      const source = sources.get(ruling.source);
      const titles = [...sources.keys()];
      if (!source)
        err(["rulings", key, "source"], `"${ruling.source}" is not one of this file's sources${didYouMean(ruling.source, titles)}. Use a title from sources.`);
      else if (!source.url)
        err(["rulings", key, "source"], `"${ruling.source}" has no url, so a reader cannot check the ruling. Cite a source a reader can open.`);
    }
  }
  if (!keysOk) return errors;

  // A public team shape cannot name an internal area (lib/model/visibility.ts), so it rules on the public ones.
  for (const area of team.visibility === "internal" ? areas : areas.filter((a) => a.visibility !== "internal")) {
    const ruling = team.rulings[area.slug];
    if (!ruling) {
      err(
        ["rulings"],
        `has no ruling on "${area.title}". Add \`${area.slug}:\` under rulings, with accountable (a role and a source), whole_team, outside or gap.`,
      );
      continue;
    }
    const where = fileAt(team.file, team.lineOf(["rulings", area.slug]));
    for (const role of members) {
      const level = levelsByArea(role.responsibilities, team.slug).get(area.slug);
      const problem = letterProblem(ruling, role.slug, level);
      if (!problem) continue;
      const item = role.responsibilities.filter((r) => r.area === area.slug).find((r) => letterIn(r, team.slug) === level);
      const ruled =
        ruling.kind === "accountable" ? `makes the ${roleBySlug.get(ruling.role)?.title ?? ruling.role} accountable` : `rules "${RULING_LABELS[ruling.kind]}"`;
      const fix = `Give its letter in this team shape after its own, e.g. \`${area.slug}: ${item ? letterIn(item) : "R"}; ${ruling.kind === "accountable" && ruling.role === role.slug ? "A" : "C"} in ${team.slug}\``;
      errors.push({
        file: role.file,
        line: item?.line,
        where: "## Responsibilities",
        message: `${where} ${ruled} for "${area.title}" in "${team.title}", but the ${role.title} ${problem}. ${fix}${item ? "" : ", on a responsibility in this area"}.`,
      });
    }
  }
  return errors;
}

/** In a team shape that works in Scrum, a role's letter for a Scrum artefact is its letter for the area about it. */
function checkScrumLetters(roles: readonly ParsedRole[], areas: readonly ParsedArea[], teams: readonly ParsedTeam[]): ContentError[] {
  return roles.flatMap((role) => {
    const scrumTeams = teams.filter((t) => t.scrum && t.roles.includes(role.slug)).map((t) => t.slug);
    return role.scrum.flatMap((part) => {
      const area = areas.find((a) => a.scrumArtefact === part.activity);
      if (!area) return [];
      return (scrumTeams.length ? scrumTeams : [undefined]).flatMap((team): ContentError[] => {
        const areaLevel = levelsByArea(role.responsibilities, team).get(area.slug);
        const scrumLevel = letterIn(part, team);
        if (!areaLevel || areaLevel === scrumLevel) return [];
        const item = role.responsibilities.find((r) => r.area === area.slug && letterIn(r, team) === areaLevel);
        const inTeam = team ? ` in the team shape "${teams.find((t) => t.slug === team)!.title}"` : "";
        return [
          {
            file: role.file,
            line: part.line,
            where: "## Scrum events and artefacts",
            message: `gives the ${role.title} ${scrumLevel} for the ${part.activity.replace(/-/g, " ")}${inTeam}, but "${item?.title}" (${fileAt(role.file, item?.line)}) gives ${areaLevel} for "${area.title}", which ${area.file} says is the same thing. Make the two letters agree${team ? `, e.g. \`${areaLevel}\` or \`${part.level}; ${areaLevel} in ${team}\`` : ""}.`,
          },
        ];
      });
    });
  });
}

/** Every area a team needs can have an owner: some role is accountable for it on its page or in a team shape. */
function checkOwnable(roles: readonly ParsedRole[], areas: readonly ParsedArea[], teams: readonly ParsedTeam[]): ContentError[] {
  return areas.flatMap((area): ContentError[] => {
    const rulings = teams.flatMap((t) => (t.rulings[area.slug] ? [t.rulings[area.slug]!] : []));
    if (rulings.length && rulings.every((r) => r.kind === "outside")) return [];
    const canAnswer = roles.some((r) => answersFor(levelsByArea(r.responsibilities).get(area.slug))) || rulings.some((r) => r.kind === "accountable");
    if (canAnswer) return [];
    return [
      {
        file: area.file,
        message: `no role can be accountable for "${area.title}": no role's page gives it A and no team shape makes a role accountable. Give one role A for it, on its page or in a team shape's rulings.`,
      },
    ];
  });
}
