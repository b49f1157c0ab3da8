import { similar } from "./compare";
import { inheritedResponsibilities } from "./link";
import type { ContentModel } from "./types";
import type { Item, Ladder, Role } from "../content/schema";

/*
 * What each step of a ladder adds. Pure: the model and a ladder in, its rungs out.
 */

export function ladderRungs(model: ContentModel, ladder: Ladder) {
  const roles = ladder.rungs.map((slug) => model.roles.find((r) => r.slug === slug)).filter((r): r is Role => Boolean(r));
  return roles.map((role, i) => {
    const below = roles[i - 1];
    const inherited = inheritedResponsibilities(model, role);
    // Below-rung duties this role already inherits need no matching: inheritance says it does them all.
    const inheritsBelow = below !== undefined && inherited.some((g) => g.from.slug === below.slug);
    const belowItems = below && !inheritsBelow ? below.responsibilities : [];
    // New at this rung: not inherited through builds_on, and not already done on the rung below (by similar title).
    const added: Item[] = [];
    const carriedOver: { item: Item; below: Item }[] = [];
    for (const item of role.responsibilities) {
      const match = belowItems.find((b) => similar(item.title, b.title));
      if (match) carriedOver.push({ item, below: match });
      else added.push(item);
    }
    // `level` is 1 for the first rung; `inherited`, what it takes on in full from the roles it builds on, nearest first.
    return { level: i + 1, role, below, above: roles[i + 1], added, carriedOver, inherited };
  });
}

export type Rung = ReturnType<typeof ladderRungs>[number];

/** Where a role sits on each ladder that includes it. */
export function laddersFor(model: ContentModel, slug: string): { ladder: Ladder; rung: Rung; total: number }[] {
  return model.ladders.flatMap((ladder) => {
    const rungs = ladderRungs(model, ladder);
    const rung = rungs.find((r) => r.role.slug === slug);
    return rung ? [{ ladder, rung, total: rungs.length }] : [];
  });
}

/**
 * "Where am I?" on a rung: its own responsibilities, then what the next rung adds (what separates
 * the two). Positions, not ids, tie each box to its line in "what is left", so one stylesheet
 * serves every rung (app/ladders/self-check.css).
 */
export function selfCheck(model: ContentModel, ladder: Ladder, slug: string) {
  const rungs = ladderRungs(model, ladder);
  const rung = rungs.find((r) => r.role.slug === slug);
  if (!rung) return undefined;
  const next = rungs.find((r) => r.level === rung.level + 1);
  // What a reader can tick; its value in the address is which rung, then the responsibility's anchor.
  const items = (prefix: string, role: Role, list: readonly Item[]) =>
    list.map((item) => ({ value: `${prefix}-${item.id}`, title: item.title, role, id: item.id }));
  const groups = [
    { role: rung.role, next: false, items: items("now", rung.role, rung.role.responsibilities) },
    ...(next ? [{ role: next.role, next: true, items: items("next", next.role, next.added) }] : []),
  ];
  return { rung, total: rungs.length, next: next?.role, groups };
}

export type CheckItem = NonNullable<ReturnType<typeof selfCheck>>["groups"][number]["items"][number];

/** The most items any self-check page has, for the stylesheet's rules. */
export const selfCheckSize = (model: ContentModel) =>
  Math.max(0, ...model.ladders.flatMap((l) => l.rungs.map((slug) => (selfCheck(model, l, slug)?.groups ?? []).reduce((n, g) => n + g.items.length, 0))));
