import { PAIR_PAGE_SECTIONS, type PairSectionKey } from "@/lib/content/comparison-sections";
import type { PairView } from "@/lib/site/pair-data";

/*
 * The comparison's markup, written once. Each function takes the element maker to build with:
 * React's createElement on the pages (components/react-markup.ts), the DOM's in the 404 page's
 * island (./pair-comparison.ts), so a pair the build did not write is drawn with the same
 * elements, ids and classes as a built one. No React here: islands may not import it.
 * Tailwind finds the class names in this file, as in any other under components/.
 */

/** Attributes by their HTML names; an undefined value leaves the attribute out. */
export type Attrs = Readonly<Record<string, string | undefined>>;
/** An element of the maker's kind, text, or nothing. */
export type Child<N> = N | string | undefined;
/** Makes one element with its attributes and children. */
export type Make<N> = (tag: string, attrs: Attrs, ...children: Child<N>[]) => N;

/** The "#" that links to its own element, so a section or row can be shared without JavaScript. */
const selfLink = <N>(h: Make<N>, id: string, label: string) =>
  h("a", { href: `#${id}`, class: "self-link" }, h("span", { "aria-hidden": "true" }, "#"), h("span", { class: "sr-only" }, label));

/**
 * "Question or disagree?" under an item: a link to a new issue about it in the site's repository
 * (lib/site/feedback.ts makes the address). Only built pages have one: the island has no site file.
 */
export const feedbackLink = <N>(h: Make<N>, href: string) => h("p", { class: "no-print mt-1 text-sm font-normal" }, h("a", { href }, "Question or disagree?"));

const HEADING_STYLES = {
  2: "mt-12 mb-4 text-2xl font-bold tracking-tight",
  3: "mt-8 mb-3 text-xl font-semibold",
} as const;

/** A section heading with a visible link to itself. */
export function anchorHeading<N>(h: Make<N>, id: string, text: Child<N>, level: 2 | 3 = 2): N {
  return h(`h${level}`, { id, class: `target-highlight ${HEADING_STYLES[level]}` }, text, " ", selfLink(h, id, "Link to this section"));
}

/** One of the sections a comparison page computes (lib/content/comparison-sections.ts), with its heading. */
export function pairSection<N>(h: Make<N>, key: PairSectionKey, ...children: Child<N>[]): N {
  const { id, heading } = PAIR_PAGE_SECTIONS[key];
  return h("section", { "aria-labelledby": id }, anchorHeading(h, id, heading), ...children);
}

export interface TableRow<N> {
  id: string;
  label: string;
  /** One cell per column; an empty one shows the table's `empty` text. */
  cells: readonly Child<N>[];
  /** Where "Question or disagree?" about the row leads, if anywhere (see feedbackLink). */
  feedback?: string;
}

export interface Table<N> {
  caption: string;
  labelHeading: string;
  columns: readonly string[];
  rows: readonly TableRow<N>[];
  empty?: string;
}

/**
 * Rows of a comparison, each linkable by id; columns name the roles in the order the reader
 * asked for. On a phone each row stacks (see .stack-table in globals.css); on wider screens
 * a table with many columns scrolls sideways with the row labels kept in view.
 */
export function comparisonTable<N>(h: Make<N>, { caption, labelHeading, columns, rows, empty = "No part described." }: Table<N>): N {
  const row = ({ id, label, cells, feedback }: TableRow<N>) =>
    h(
      "tr",
      { id, class: "target-highlight scroll-mt-4 border-t border-slate-200 align-top dark:border-slate-700" },
      h(
        "th",
        { scope: "row", class: "left-0 bg-white px-4 py-3 font-semibold sm:sticky dark:bg-slate-950" },
        `${label} `,
        selfLink(h, id, `Link to row: ${label}`),
        feedback && feedbackLink(h, feedback),
      ),
      ...cells.map((cell, i) =>
        h("td", { "data-role": columns[i], class: "px-4 py-3" }, cell ?? h("span", { class: "text-slate-600 dark:text-slate-400" }, empty)),
      ),
    );
  return h(
    "div",
    { class: "overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700", role: "region", "aria-label": caption, tabindex: "0" },
    h(
      "table",
      { class: "stack-table w-full border-collapse text-left align-top text-sm sm:min-w-[40rem] sm:text-base" },
      h("caption", { class: "px-4 py-2 text-left font-semibold" }, caption),
      h(
        "thead",
        { class: "bg-slate-100 dark:bg-slate-800" },
        h(
          "tr",
          {},
          h("th", { scope: "col", class: "left-0 w-40 bg-slate-100 px-4 py-2 sm:sticky dark:bg-slate-800" }, labelHeading),
          ...columns.map((c) => h("th", { scope: "col", class: "px-4 py-2" }, c)),
        ),
      ),
      h("tbody", {}, ...rows.map(row)),
    ),
  );
}

/** The top of a comparison: what it is, "A vs B", a summary, and where to go next. */
export function pairHeader<N>(h: Make<N>, view: PairView, summary: string, curated = false): N {
  const [a, b] = view.roles;
  const link = (href: string, text: string) => h("a", { href }, text);
  return h(
    "div",
    { class: "border-b border-slate-200 pb-6 dark:border-slate-800" },
    h("p", { class: "text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400" }, curated ? "Comparison" : "Side-by-side comparison"),
    h("h1", { class: "mt-1 text-3xl font-bold tracking-tight sm:text-4xl" }, view.title),
    h("p", { class: "mt-4 max-w-prose text-lg" }, summary),
    h(
      "p",
      { class: "no-print mt-4 flex flex-wrap gap-x-6 gap-y-2" },
      link(view.swapHref, "Swap columns"),
      link(a.href, a.title),
      link(b.href, b.title),
      link(view.compareHref, "Compare other roles"),
    ),
  );
}

/** The two roles on the four dimensions every role states; a built page gives each row's feedback link. */
export function dimensionsTable<N>(h: Make<N>, view: PairView, feedback?: (row: { id: string; label: string }) => string | undefined): N {
  const [a, b] = view.roles;
  return comparisonTable(h, {
    caption: `${a.title} and ${b.title} at a glance`,
    labelHeading: "Dimension",
    columns: [a.title, b.title],
    rows: view.dimensions.map((row) => ({ ...row, feedback: feedback?.(row) })),
  });
}
