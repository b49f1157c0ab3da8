/*
 * "Did you mean": the closest known name to a mistyped one, for error messages and the 404 page.
 * Kept free of zod and the model, so the 404 suggestions island can bundle it.
 */
import { closestMatch } from "leven";

/** The closest candidate, if it is close enough to be a likely typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  const lower = candidates.map((c) => c.toLowerCase());
  // The first candidate at the least distance, as leven breaks ties, given back as written.
  const near = closestMatch(needle, lower, { maxDistance: Math.max(2, Math.floor(needle.length / 3)) });
  if (near !== undefined) return candidates[lower.indexOf(near)];
  // Multi-word names ("Why it matters") are better matched by the words they share.
  const words = needle.split(/[\s-]+/).filter((w) => w.length > 2);
  if (words.length < 2) return undefined;
  const overlap = (c: string) =>
    words.filter((w) =>
      c
        .toLowerCase()
        .split(/[\s-]+/)
        .includes(w),
    ).length / words.length;
  const byWords = [...candidates].sort((x, y) => overlap(y) - overlap(x))[0];
  return byWords && overlap(byWords) >= 0.6 ? byWords : undefined;
}

export function didYouMean(input: string, candidates: readonly string[]): string {
  const hit = closest(input, candidates);
  return hit ? ` (did you mean "${hit}"?)` : "";
}
