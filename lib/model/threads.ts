import type { ContentError } from "../content/errors";
import { didYouMean } from "../content/did-you-mean";
import type { ParsedLadder } from "../content/parse-ladder";
import type { Item, Ladder, ParsedRole, Role } from "../content/schema";
import type { ContentModel } from "./types";

/*
 * Threads: a responsibility or growth skill on a rung names, in its role's `grows_from`, the item
 * on a lower rung it grows from, so a reader can follow one line of work (stakeholder management,
 * say) from the first rung to the top. Pure: the model in, links and threads out.
 */

/** The items a thread can pass through: a role's responsibilities, then its growth skills. */
export const threadItems = (role: Pick<Role, "responsibilities" | "growth">): Item[] => [...role.responsibilities, ...role.growth.flatMap((g) => g.skills)];

/** `product-manager#stakeholder-management` → its role and anchor (the schema checks the form). */
export function splitTarget(target: string): { role: string; id: string } {
  const at = target.indexOf("#");
  return { role: target.slice(0, at), id: target.slice(at + 1) };
}

/** Whether some ladder has both roles, with `lower` on a lower rung than `upper`. */
const isBelow = (ladder: Pick<Ladder, "rungs">, upper: string, lower: string) => {
  const at = ladder.rungs.indexOf(lower);
  return at !== -1 && at < ladder.rungs.indexOf(upper);
};

/** Why a target is not below the item: the first ladder that has both roles, or that none has. */
function notBelow(ladders: readonly ParsedLadder[], upper: string, lower: string): string {
  const both = ladders.find((l) => l.rungs.includes(upper) && l.rungs.includes(lower));
  if (!both) return `no ladder has both ${upper} and ${lower}`;
  return `on ${both.file}, ${lower} is rung ${both.rungs.indexOf(lower) + 1} and ${upper} rung ${both.rungs.indexOf(upper) + 1}`;
}

/** Every grows_from entry that names no item here, no role, a rung not below, or no item there, with the line and the fix. */
export function checkThreads(roles: readonly ParsedRole[], ladders: readonly ParsedLadder[]): ContentError[] {
  const bySlug = new Map(roles.map((r) => [r.slug, r]));
  const errors: ContentError[] = [];
  for (const role of roles) {
    const own = threadItems(role).map((i) => i.id);
    for (const [key, target] of Object.entries(role.growsFrom)) {
      const report = (message: string) => errors.push({ file: role.file, line: role.lines.growsFrom[key], where: `grows_from.${key}`, message });
      if (!own.includes(key)) {
        report(
          `"${key}" is not the anchor of a responsibility or growth skill on this page${didYouMean(key, own)}. Use an item's anchor: its bold title in lower case with hyphens (a skill's starts with skill-).`,
        );
        continue;
      }
      const { role: slug, id } = splitTarget(target);
      const from = bySlug.get(slug);
      if (!from) {
        report(
          `no role "${slug}"${didYouMean(slug, [...bySlug.keys()])}. Write the file name of a role in content/roles, without .md, then # and the item's anchor.`,
        );
      } else if (!ladders.some((l) => isBelow(l, role.slug, slug))) {
        report(
          `"${target}" points to a rung that is not below it (${notBelow(ladders, role.slug, slug)}). Point it to an item of a role on a lower rung of a ladder that has both.`,
        );
      } else if (!threadItems(from).some((i) => i.id === id)) {
        const ids = threadItems(from).map((i) => i.id);
        report(`${from.file} has no item with the anchor "${id}"${didYouMean(id, ids)}. Use the anchor of one of its responsibilities or growth skills.`);
      }
    }
  }
  return errors;
}

/** One item on one rung. */
export interface ThreadStep {
  role: Role;
  item: Item;
}

/** What an item grows from, when that role is in the model (an internal one is not, in the public build). */
export function growsFrom(model: Pick<ContentModel, "roles">, role: Role): Map<string, ThreadStep> {
  const found = new Map<string, ThreadStep>();
  for (const [key, target] of Object.entries(role.growsFrom)) {
    const { role: slug, id } = splitTarget(target);
    const from = model.roles.find((r) => r.slug === slug);
    const item = from && threadItems(from).find((i) => i.id === id);
    if (from && item) found.set(key, { role: from, item });
  }
  return found;
}

/**
 * A ladder's threads: each item that grows from nothing on this ladder but that something grows
 * from starts one, followed upward. Where two items grow from one, each path is its own thread.
 */
export function ladderThreads(model: Pick<ContentModel, "roles">, ladder: Pick<Ladder, "rungs">) {
  const rungs = ladder.rungs.flatMap((slug) => model.roles.filter((r) => r.slug === slug));
  const key = (s: ThreadStep) => `${s.role.slug}#${s.item.id}`;
  const children = new Map<string, ThreadStep[]>();
  const hasParent = new Set<string>();
  for (const role of rungs) {
    for (const [id, from] of growsFrom(model, role)) {
      if (!isBelow(ladder, role.slug, from.role.slug)) continue;
      const item = threadItems(role).find((i) => i.id === id)!;
      children.set(key(from), [...(children.get(key(from)) ?? []), { role, item }]);
      hasParent.add(`${role.slug}#${id}`);
    }
  }
  const paths = (step: ThreadStep): ThreadStep[][] => {
    const next = children.get(key(step)) ?? [];
    return next.length ? next.flatMap((c) => paths(c).map((p) => [step, ...p])) : [[step]];
  };
  const used = new Set<string>();
  const anchor = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  return rungs.flatMap((role) =>
    threadItems(role)
      .map((item) => ({ role, item }))
      .filter((s) => !hasParent.has(key(s)) && children.has(key(s)))
      .flatMap((root) => {
        const all = paths(root);
        // Each thread's id is its anchor on the ladder's page; its steps go from the lowest rung up, at least two.
        return all.map((steps) => {
          const last = steps[steps.length - 1]!;
          return { id: anchor(`thread-${root.item.id}${all.length > 1 ? `-to-${last.item.id}` : ""}`), steps };
        });
      }),
  );
}

export type Thread = ReturnType<typeof ladderThreads>[number];
