import { type PairAreaCell, type PairView, comparePairData, isRoleData } from "@/lib/site/pair-data";
import { LEVELS, type Level, levelClass } from "@/lib/responsibilities/raci";
import { roleDataUrl } from "@/lib/site/routes";
import { comparisonTable, dimensionsTable, pairHeader, pairSection } from "./comparison-markup";
import { dom } from "./dom";

/*
 * The comparison of a pair the build did not write, drawn on the 404 page. Loaded with import()
 * by the not-found-suggestions island only when the missing address names two roles, so other
 * 404s do not download it. What to show comes from comparePairData in lib/; the markup is the
 * built comparison page's own (./comparison-markup.ts), built here with the DOM.
 */

/** Fetches and parses a JSON document; throws when there is none. Tests pass a fake. */
export type FetchJson = (url: string) => Promise<unknown>;

export const fetchJson: FetchJson = async (url) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
};

/** The letter at a glance, the word for screen readers (as LevelTag and RaciCell do). */
const levelBadge = (level: Level) =>
  dom(
    "b",
    { class: levelClass(level), title: LEVELS[level].name },
    dom("span", { "aria-hidden": "true" }, level),
    dom("span", { class: "sr-only" }, `(${LEVELS[level].name})`),
  );

const areaCell = (cell: PairAreaCell | undefined) =>
  cell &&
  dom(
    "ul",
    { class: "list-disc space-y-1 pl-5" },
    ...cell.items.map((item) => dom("li", {}, dom("a", { href: item.href }, item.title), " ", levelBadge(item.level))),
  );

/**
 * The comparison: the built page's heading, links and dimensions side by side, then each role's
 * responsibilities by area (the built page's accountability table needs the team shapes, which
 * the data files leave out).
 */
function pairComparison(view: PairView): Node {
  const [a, b] = view.roles;
  return dom(
    "div",
    {},
    pairHeader(
      dom,
      view,
      `This pair has no page of its own, so it is compared here from the two roles' data: how the ${a.title} and the ${b.title} line up on the same dimensions, and their responsibilities by area of work.`,
    ),
    pairSection(dom, "sideBySide", dimensionsTable(dom, view)),
    pairSection(
      dom,
      "responsibilities",
      dom(
        "p",
        { class: "mb-4 max-w-prose" },
        "Each role's responsibilities by area of work, with its level in each: Accountable (A), Responsible (R), Consulted (C) or Informed (I). Each links to the responsibility on the role's page.",
      ),
      comparisonTable(dom, {
        caption: `${a.title} and ${b.title}: responsibilities by area of work`,
        labelHeading: "Area of work",
        columns: [a.title, b.title],
        rows: view.areas.map((row) => ({ id: row.id, label: row.title, cells: row.cells.map(areaCell) })),
        empty: "No part.",
      }),
    ),
  );
}

/**
 * Fetches both roles' data and draws their comparison in place of the 404 page's heading and
 * text. Resolves false, changing nothing, when either file is missing or not the role's data,
 * so the caller can show its suggestions instead.
 */
export async function showPairComparison(intro: HTMLElement, [a, b]: [string, string], get: FetchJson = fetchJson): Promise<boolean> {
  let data: [unknown, unknown];
  try {
    data = await Promise.all([get(roleDataUrl(a)), get(roleDataUrl(b))]);
  } catch {
    return false;
  }
  const [da, db] = data;
  if (!isRoleData(da, a) || !isRoleData(db, b)) return false;
  const view = comparePairData(da, db);
  intro.replaceChildren(pairComparison(view));
  // The page's title template is "<page> | <site>": keep the site's part, whatever it is.
  const bar = document.title.indexOf(" | ");
  document.title = bar === -1 ? view.title : `${view.title}${document.title.slice(bar)}`;
  return true;
}
