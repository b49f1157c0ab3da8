import type { Role } from "../content/schema";
import { type Level, answersFor, doesTheWork, levelsByArea, strongest } from "./raci";

/*
 * "What if" for your team: one person holds two roles, or a role has left. The page shows the
 * answer with CSS alone (components/what-if-css.ts, built from whatIfConditions below), and a
 * test holds those conditions to whatIf itself. Letters are each role's own page's, as on
 * "your team"; levels and their order are lib/responsibilities/raci.ts's.
 */

/** What the reader said: the ticked roles, the two roles one person holds, and the role that left (slugs; "" or absent for none). */
export interface WhatIfInput {
  ticked: readonly string[];
  both?: string;
  and?: string;
  left?: string;
}

/** One person in the team after the what-if, and how many areas they answer for (A) and do the work in without the final say (R). */
export interface Person {
  roles: string[];
  accountable: number;
  responsible: number;
}

type Data = { roles: readonly Pick<Role, "slug" | "responsibilities">[]; areas: readonly { slug: string }[] };

/** Each role's own level in each area, by its page. */
const levelsOf = (model: Data) => new Map(model.roles.map((r) => [r.slug, levelsByArea(r.responsibilities)]));

/** The areas a person (one role, or two held together, at the stronger level) answers for, and works in without the final say. */
function carried(levels: ReadonlyMap<string, ReadonlyMap<string, Level>>, roles: readonly string[], areas: readonly { slug: string }[]) {
  const held = areas.map((a) => ({ area: a.slug, level: strongest(roles.flatMap((r) => levels.get(r)?.get(a.slug) ?? [])) }));
  const at = (level: Level) => held.filter((x) => x.level === level).map((x) => x.area);
  return { accountable: at("A"), responsible: at("R") };
}

/**
 * Who is in the team after the what-if, and whether the two roles named are one person: the rule
 * alone, so the island that writes the spreadsheet in the browser applies it too. `isRole` drops
 * names that are no role.
 */
export function whatIfTeam(input: WhatIfInput, isRole: (slug: string) => boolean) {
  const known = (s: string | undefined) => (s && isRole(s) ? s : undefined);
  const [both, and, left] = [known(input.both), known(input.and), known(input.left)];
  // The ticked roles and the two a person holds, without the one that left.
  const team = [...new Set([...input.ticked.filter(isRole), ...[both, and].flatMap((s) => s ?? [])])].filter((s) => s !== left);
  // Why the two roles named are not a pair: the same role twice, or one of them left.
  const problem: "same" | "left" | undefined = both && and ? (both === and ? "same" : left === both || left === and ? "left" : undefined) : undefined;
  // The two roles one person holds, when the reader named two different roles, neither of which left.
  const pair: [string, string] | undefined = both && and && !problem ? [both, and] : undefined;
  return { team, pair, problem, left };
}

/** How many areas a person answers for, and does the work in without the final say. */
function personOf(levels: ReadonlyMap<string, ReadonlyMap<string, Level>>, roles: string[], areas: readonly { slug: string }[]): Person {
  const { accountable, responsible } = carried(levels, roles, areas);
  return { roles, accountable: accountable.length, responsible: responsible.length };
}

export function whatIf(model: Data, input: WhatIfInput) {
  const levels = levelsOf(model);
  const { team, pair, problem, left } = whatIfTeam(input, (s) => levels.has(s));
  const person = (roles: string[]) => personOf(levels, roles, model.areas);
  const ownLevel = (role: string | undefined, area: string) => (role ? levels.get(role)?.get(area) : undefined);
  // The areas that lose their owner when the role left, each once: no one left does the work (so no one has the final say
  // either), or someone still does it but no one left has the final say.
  const losing = left
    ? model.areas.flatMap((a): { area: string; loses: "work" | "say" }[] => {
        const own = ownLevel(left, a.slug);
        const others = team.map((r) => ownLevel(r, a.slug));
        if (doesTheWork(own) && !others.some(doesTheWork)) return [{ area: a.slug, loses: "work" }];
        if (answersFor(own) && !others.some(answersFor)) return [{ area: a.slug, loses: "say" }];
        return [];
      })
    : [];
  return {
    team,
    pair,
    problem,
    // The areas the person holding both roles answers for, and those they do the work in without the final say.
    carries: carried(levels, pair ?? [], model.areas),
    losing,
    // Everyone in the team, the person holding two roles first; none while the two roles named are not a pair.
    people: problem ? [] : [...(pair ? [person([...pair])] : []), ...team.filter((r) => !pair?.includes(r)).map((r) => person([r]))],
  };
}

/**
 * The same rules reduced to what the stylesheet tests: for each area, the roles whose own page
 * makes them accountable or responsible there; for each role, its own counts.
 */
export function whatIfConditions(model: Data) {
  const levels = levelsOf(model);
  const rolesAt = (area: string, level: Level) => model.roles.filter((r) => levels.get(r.slug)?.get(area) === level).map((r) => r.slug);
  return {
    areas: model.areas.map((a) => ({ area: a.slug, accountable: rolesAt(a.slug, "A"), responsible: rolesAt(a.slug, "R") })),
    roles: model.roles.map((r) => {
      const { accountable, responsible } = personOf(levels, [r.slug], model.areas);
      return { role: r.slug, accountable, responsible };
    }),
  };
}
