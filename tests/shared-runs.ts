/*
 * Finds runs of words that a content file shares with a source text, so that content stays in
 * our own words. Quoted passages are allowed (they are quotations, with their source named), so
 * text inside quotation marks is blanked out before comparing. Pure: strings in, runs out.
 */

/** Lower-case words with their line numbers; punctuation and Markdown syntax are ignored. */
function wordsWithLines(text: string): { word: string; line: number }[] {
  const out: { word: string; line: number }[] = [];
  text.split("\n").forEach((lineText, i) => {
    for (const m of lineText.toLowerCase().matchAll(/[a-z0-9]+(?:['’][a-z]+)?/g)) out.push({ word: m[0].replace(/’/g, "'"), line: i + 1 });
  });
  return out;
}

/**
 * Replaces every quoted passage ("…" or “…”) and every web address with spaces, keeping line
 * breaks so line numbers hold: a quotation or a link to a source is a citation, not our prose.
 */
function blankQuotes(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”]*”|https?:\/\/\S+/g, (q) => q.replace(/[^\n]/g, " "));
}

export interface SharedRun {
  /** Line in the content file where the run starts. */
  line: number;
  words: string;
}

/** Every maximal run of at least `min` consecutive words that the content shares with the source. */
export function sharedRuns(content: string, source: string, min = 12): SharedRun[] {
  const src = wordsWithLines(source).map((w) => w.word);
  const grams = new Set<string>();
  for (let i = 0; i + min <= src.length; i++) grams.add(src.slice(i, i + min).join(" "));
  const words = wordsWithLines(blankQuotes(content));
  const runs: SharedRun[] = [];
  let i = 0;
  while (i + min <= words.length) {
    if (
      !grams.has(
        words
          .slice(i, i + min)
          .map((w) => w.word)
          .join(" "),
      )
    ) {
      i++;
      continue;
    }
    let end = i + min;
    while (
      end < words.length &&
      grams.has(
        words
          .slice(end - min + 1, end + 1)
          .map((w) => w.word)
          .join(" "),
      )
    )
      end++;
    runs.push({
      line: words[i]!.line,
      words: words
        .slice(i, end)
        .map((w) => w.word)
        .join(" "),
    });
    i = end;
  }
  return runs;
}
