/*
 * The sections a comparison page adds after a curated comparison's own, in page order, and the
 * prefixes of the ids its computed table rows take. The page renders headings and its contents
 * list from here, and the comparison parser keeps curated section and row ids clear of them.
 */
export const PAIR_PAGE_SECTIONS = {
  sideBySide: { heading: "Side by side", id: "side-by-side" },
  accountability: { heading: "Who answers for what", id: "compare-accountability" },
  responsibilities: { heading: "Responsibilities", id: "compare-responsibilities" },
  scrum: { heading: "Scrum events and artefacts", id: "compare-scrum" },
  growth: { heading: "Growth paths", id: "compare-growth" },
  worksWith: { heading: "Who they work with", id: "compare-works-with" },
  sources: { heading: "Sources", id: "sources" },
} as const;

export type PairSectionKey = keyof typeof PAIR_PAGE_SECTIONS;

/** Computed rows: `dimension-focus`, `area-vision`, `scrum-sprint-review`, `growth-beginner`. */
export const PAIR_ROW_PREFIXES = { dimension: "dimension-", area: "area-", scrum: "scrum-", growth: "growth-" } as const;

/** Whether a curated section or row id would collide with an id the page makes itself. */
export function isPairPageId(id: string): boolean {
  return (
    id === "contents-heading" ||
    id === "main" ||
    Object.values(PAIR_PAGE_SECTIONS).some((s) => s.id === id) ||
    Object.values(PAIR_ROW_PREFIXES).some((p) => id.startsWith(p))
  );
}

/** What a generated comparison page is about, in one sentence: its description, and what search shows for it. */
export const pairSummary = (a: string, b: string) => `How a ${a} and a ${b} differ and overlap: focus, scope, responsibilities, Scrum events and who they work with.`;
