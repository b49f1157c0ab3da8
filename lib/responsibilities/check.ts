import type { ContentError } from "../content/errors";
import { didYouMean } from "../content/did-you-mean";
import type { ParsedArea } from "../content/parse-area";
import type { ParsedTeam } from "../content/parse-team";
import { answersFor, levelsByArea, teamDecision } from "./raci";
import { YOUR_TEAM, YOUR_TEAM_SLUG } from "../site/routes";
import type { ParsedRole } from "../content/schema";

/*
 * The cross-file rules of the responsibility map. Pure: parsed roles, areas and team shapes
 * in, every problem out, each naming the files and lines involved and the fix.
 *   1. Every tagged responsibility names an area that exists.
 *   2. In every team shape, every area has exactly one accountable role, or the team file says
 *      why it has none.
 *   3. A role page may not claim A for an area where a team shape that includes it gives A to
 *      another role (or to no one), unless the area file records that the sources differ.
 */

const at = (file: string, line: number | undefined) => (line ? `${file}:${line}` : file);

export function checkResponsibilityMap(roles: readonly ParsedRole[], areas: readonly ParsedArea[], teams: readonly ParsedTeam[]): ContentError[] {
  const errors: ContentError[] = [];
  const roleBySlug = new Map(roles.map((r) => [r.slug, r]));
  const areaBySlug = new Map(areas.map((a) => [a.slug, a]));
  const areaSlugs = [...areaBySlug.keys()];
  const roleSlugs = [...roleBySlug.keys()];
  const noArea = (name: string) =>
    `no area "${name}"${didYouMean(name, areaSlugs)}. Use the file name of an area in content/areas, without .md${areaSlugs.length ? "" : " (there are none yet: add content/areas/<area>.md)"}.`;
  const noRole = (slug: string) => `no role "${slug}"${didYouMean(slug, roleSlugs)}. Use the file name of a role in content/roles, without .md.`;

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
      d.roles.forEach((slug, j) => {
        if (!roleBySlug.has(slug)) errors.push({ file: area.file, line: area.lines.differ[i], where: `differ[${i}].roles[${j}]`, message: noRole(slug) });
      }),
    );
  }

  for (const team of teams) {
    if (team.slug === YOUR_TEAM_SLUG) {
      errors.push({ file: team.file, message: `the address ${YOUR_TEAM} is the "your team" page. Rename the file, e.g. ${YOUR_TEAM_SLUG}-team.md.` });
      continue;
    }
    errors.push(...checkTeam(team, roleBySlug, areaBySlug, areas, noArea, noRole));
  }
  return errors;
}

function checkTeam(
  team: ParsedTeam,
  roleBySlug: ReadonlyMap<string, ParsedRole>,
  areaBySlug: ReadonlyMap<string, ParsedArea>,
  areas: readonly ParsedArea[],
  noArea: (name: string) => string,
  noRole: (slug: string) => string,
): ContentError[] {
  const errors: ContentError[] = [];
  const err = (path: (string | number)[], message: string) => errors.push({ file: team.file, line: team.lineOf(path), where: path.join("."), message });
  const members = team.roles.flatMap((slug, i) => {
    const role = roleBySlug.get(slug);
    if (!role) err(["roles", i], noRole(slug));
    return role ? [role] : [];
  });
  if (members.length !== team.roles.length) return errors;
  if (new Set(team.roles).size !== team.roles.length) {
    // Counting a role twice would also report it as two accountable roles; one message is enough.
    err(["roles"], "names a role twice. List each role once.");
    return errors;
  }

  let keysOk = true;
  const checkKeys = (field: "accountable" | "no_accountable" | "notes", map: Record<string, string>) => {
    for (const key of Object.keys(map)) {
      if (!areaBySlug.has(key)) {
        keysOk = false;
        err([field, key], noArea(key));
      }
    }
  };
  checkKeys("accountable", team.accountable);
  checkKeys("no_accountable", team.noAccountable);
  checkKeys("notes", team.notes);
  for (const [area, slug] of Object.entries(team.accountable)) {
    if (!team.roles.includes(slug)) {
      keysOk = false;
      err(["accountable", area], `"${slug}" is not in this team. Choose one of its roles: ${team.roles.join(", ")}.`);
    }
    if (team.noAccountable[area]) err(["no_accountable", area], `"${area}" also has an accountable role in this team. Keep one of the two.`);
  }
  if (!keysOk) return errors;

  const levels = new Map(members.map((r) => [r.slug, levelsByArea(r.responsibilities)]));
  const claims = (role: ParsedRole, area: string) => role.responsibilities.find((r) => r.area === area && answersFor(r.level));
  // A public team shape cannot name an internal area (lib/model/visibility.ts), so it answers for the public ones.
  for (const area of team.visibility === "internal" ? areas : areas.filter((a) => a.visibility !== "internal")) {
    const decision = teamDecision(team, area.slug);
    const pageA = members.filter((r) => answersFor(levels.get(r.slug)?.get(area.slug)));
    if (!decision) {
      if (pageA.length === 0)
        err(
          ["roles"],
          `no role in this team is accountable (A) for "${area.title}". Name one under accountable (e.g. \`${area.slug}: ${team.roles[0]}\`), or say why no one is under no_accountable.`,
        );
      if (pageA.length > 1) {
        const who = pageA.map((r) => `${r.title} (${at(r.file, claims(r, area.slug)?.line)})`).join(" and ");
        err(["roles"], `${who} are all accountable (A) for "${area.title}". Choose one under accountable (e.g. \`${area.slug}: ${pageA[0]!.slug}\`).`);
      }
      continue;
    }
    const teamLine = at(team.file, team.lineOf([decision.kind === "accountable" ? "accountable" : "no_accountable", area.slug]));
    const owner = decision.kind === "accountable" ? roleBySlug.get(decision.role) : undefined;
    for (const role of pageA) {
      if (role === owner) continue;
      const recorded = area.differ.some((d) => d.roles.includes(role.slug) && (!owner || d.roles.includes(owner.slug)));
      if (recorded) continue;
      const item = claims(role, area.slug)!;
      const given = owner ? `gives that to the ${owner.title}` : "says no role is accountable for it";
      const pair = owner ? `[${role.slug}, ${owner.slug}]` : `[${role.slug}, …]`;
      errors.push({
        file: role.file,
        line: item.line,
        where: "## Responsibilities",
        message: `"${item.title}" makes the ${role.title} accountable (A) for "${area.title}", but ${teamLine} ${given} in the team shape "${team.title}". Change the level here, or record that the sources differ under differ in ${area.file} (roles: ${pair}), with the sources.`,
      });
    }
  }
  return errors;
}
