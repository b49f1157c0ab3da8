/*
 * "Did you mean": the closest known name to a mistyped one, for error messages and the 404 page.
 * Kept free of zod and the model, so the 404 suggestions island can bundle it.
 */

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate, if it is close enough to be a likely typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = levenshtein(needle, c.toLowerCase());
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  const limit = Math.max(2, Math.floor(needle.length / 3));
  if (bestScore <= limit) return best;
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
