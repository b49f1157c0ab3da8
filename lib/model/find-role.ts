import { closest } from "../content/did-you-mean";
import { pathWords } from "../site/routes";

/*
 * Ranking for "did you mean" on the 404 page. Kept free of zod and the model so the
 * 404 page's client component can import it without pulling either into the browser.
 */

export interface Suggestible {
  slug: string;
  title: string;
  aliases: readonly string[];
}

export const normalise = (s: string) => s.trim().toLowerCase();
const norm = normalise;

/** Finds a role by slug, title or alias, ignoring case: in the model, or in the open data the server reads. */
export function findRole<T extends Suggestible>(roles: readonly T[], name: string): T | undefined {
  const n = norm(name);
  return roles.find((r) => r.slug === n || norm(r.title) === n || r.aliases.some((a) => norm(a) === n));
}

/** A malformed escape (/roles/%E0%A4%A) is read as typed rather than thrown. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Roles a reader probably meant: exact names first, then likely typos, then roles sharing a word. */
export function rankSuggestions<T extends Suggestible>(roles: readonly T[], input: string, limit = 3): T[] {
  const text = norm(safeDecode(input))
    .replace(/[-_/+]+/g, " ")
    .trim();
  if (!text) return [];
  const words = text.split(" ").filter((w) => w.length > 2);
  const scored = roles.map((role) => {
    const names = [role.slug.replace(/-/g, " "), norm(role.title), ...role.aliases.map(norm)];
    const exact = names.includes(text) ? 10 : 0;
    const typo = closest(text, names) ? 5 : 0;
    const shared = words.filter((w) => names.some((n) => n.split(" ").some((part) => part.startsWith(w) || (w.startsWith(part) && part.length > 2)))).length;
    return { role, score: exact + typo + shared };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.role.title.localeCompare(b.role.title))
    .slice(0, limit)
    .map((s) => s.role);
}

/** Suggestions for a missing address: its last segment, or both roles of an "a-vs-b" comparison, without repeats. */
export function suggestionsForPath<T extends Suggestible>(roles: readonly T[], pathname: string): T[] {
  const parts = pathWords(pathname);
  return [...new Map(parts.flatMap((p) => rankSuggestions(roles, p)).map((r) => [r.slug, r])).values()];
}
