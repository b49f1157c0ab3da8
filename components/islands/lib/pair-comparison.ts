import { PAIR_PAGE_SECTIONS } from "@/lib/comparison-sections";
import { type PairAreaCell, type PairView, comparePairData, isRoleData } from "@/lib/pair-data";
import { roleDataUrl } from "@/lib/routes";
import type { Level } from "@/lib/schema";
import { LEVELS } from "@/lib/vocabulary";

/*
 * The comparison of a pair the build did not write, drawn on the 404 page. Loaded with import()
 * by the not-found-suggestions island only when the missing address names two roles, so other
 * 404s do not download it. What to show comes from comparePairData in lib/; this file only
 * turns it into the same markup the built comparison page has (classes from its components).
 */

/** Fetches and parses a JSON document; throws when there is none. Tests pass a fake. */
export type FetchJson = (url: string) => Promise<unknown>;

export const fetchJson: FetchJson = async (url) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
};

type Child = Node | string | undefined;

function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== undefined) node.append(c);
  return node;
}

const link = (href: string, text: string) => el("a", { href }, text);

/** The letter at a glance, the word for screen readers (as LevelTag and RaciCell do). */
const levelBadge = (level: Level) =>
  // The classes are LEVEL_STYLES in components/raci-cell.tsx, which cannot be imported here without React.
  el(
    "b",
    { class: `lvl lvl-${level.toLowerCase()}`, title: LEVELS[level].name },
    el("span", { "aria-hidden": "true" }, level),
    el("span", { class: "sr-only" }, `(${LEVELS[level].name})`),
  );

function heading(section: { id: string; heading: string }) {
  return el(
    "h2",
    { id: section.id, class: "target-highlight mt-12 mb-4 text-2xl font-bold tracking-tight" },
    `${section.heading} `,
    el(
      "a",
      { href: `#${section.id}`, class: "self-link" },
      el("span", { "aria-hidden": "true" }, "#"),
      el("span", { class: "sr-only" }, "Link to this section"),
    ),
  );
}

/** The markup of components/comparison-table.tsx: a captioned table that stacks on a phone. */
function table(
  caption: string,
  labelHeading: string,
  columns: readonly string[],
  rows: { id: string; label: string; cells: (Node | string | undefined)[] }[],
  empty: string,
) {
  const th = (text: string) => el("th", { scope: "col", class: "px-4 py-2" }, text);
  const body = rows.map((row) =>
    el(
      "tr",
      { id: row.id, class: "target-highlight scroll-mt-4 border-t border-slate-200 align-top dark:border-slate-700" },
      el(
        "th",
        { scope: "row", class: "left-0 bg-white px-4 py-3 font-semibold sm:sticky dark:bg-slate-950" },
        `${row.label} `,
        el(
          "a",
          { href: `#${row.id}`, class: "self-link" },
          el("span", { "aria-hidden": "true" }, "#"),
          el("span", { class: "sr-only" }, `Link to row: ${row.label}`),
        ),
      ),
      ...row.cells.map((cell, i) =>
        el("td", { "data-role": columns[i] ?? "", class: "px-4 py-3" }, cell ?? el("span", { class: "text-slate-600 dark:text-slate-400" }, empty)),
      ),
    ),
  );
  return el(
    "div",
    { class: "overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700", role: "region", "aria-label": caption, tabindex: "0" },
    el(
      "table",
      { class: "stack-table w-full border-collapse text-left align-top text-sm sm:min-w-[40rem] sm:text-base" },
      el("caption", { class: "px-4 py-2 text-left font-semibold" }, caption),
      el(
        "thead",
        { class: "bg-slate-100 dark:bg-slate-800" },
        el("tr", {}, el("th", { scope: "col", class: "left-0 w-40 bg-slate-100 px-4 py-2 sm:sticky dark:bg-slate-800" }, labelHeading), ...columns.map(th)),
      ),
      el("tbody", {}, ...body),
    ),
  );
}

const areaCell = (cell: PairAreaCell | undefined) =>
  cell && el("ul", { class: "list-disc space-y-1 pl-5" }, ...cell.items.map((item) => el("li", {}, link(item.href, item.title), " ", levelBadge(item.level))));

/** The comparison's markup: heading, links, the dimensions side by side and the responsibilities by area. */
export function pairComparison(view: PairView): HTMLElement {
  const [a, b] = view.roles;
  const columns = [a.title, b.title];
  const S = PAIR_PAGE_SECTIONS;
  return el(
    "div",
    {},
    el(
      "div",
      { class: "border-b border-slate-200 pb-6 dark:border-slate-800" },
      el("p", { class: "text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400" }, "Side-by-side comparison"),
      el("h1", { class: "mt-1 text-3xl font-bold tracking-tight sm:text-4xl" }, view.title),
      el(
        "p",
        { class: "mt-4 max-w-prose text-lg" },
        `This pair has no page of its own, so it is compared here from the two roles' data: how the ${a.title} and the ${b.title} line up on the same dimensions, and their responsibilities by area of work.`,
      ),
      el(
        "p",
        { class: "no-print mt-4 flex flex-wrap gap-x-6 gap-y-2" },
        link(view.swapHref, "Swap columns"),
        link(a.href, a.title),
        link(b.href, b.title),
        link(view.compareHref, "Compare other roles"),
      ),
    ),
    el(
      "section",
      { "aria-labelledby": S.sideBySide.id },
      heading(S.sideBySide),
      table(`${a.title} and ${b.title} at a glance`, "Dimension", columns, view.dimensions, "No part described."),
    ),
    el(
      "section",
      { "aria-labelledby": S.responsibilities.id },
      heading(S.responsibilities),
      el(
        "p",
        { class: "mb-4 max-w-prose" },
        "Each role's responsibilities by area of work, with its level in each: Accountable (A), Responsible (R), Consulted (C) or Informed (I). Each links to the responsibility on the role's page.",
      ),
      table(
        `${a.title} and ${b.title}: responsibilities by area of work`,
        "Area of work",
        columns,
        view.areas.map((row) => ({ id: row.id, label: row.title, cells: row.cells.map(areaCell) })),
        "No part.",
      ),
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
