import type { SearchHit } from "@/lib/site/search";
import { escapeHtml } from "@/lib/site/escape-html";

/*
 * The results of /search?q= as HTML. One function for both places that render them: the
 * server (scripts/serve.ts, so search works without JavaScript) and the search-results island
 * (on a static host that cannot run code per request).
 */

export const SEARCH_HINT =
  "Ask as you would a colleague, such as “who owns the backlog” or “PM vs PO”, or type a role, an abbreviation such as DM, or a task such as “budget”.";

export function searchResultsHtml(query: string, hits: readonly SearchHit[]): string {
  if (!query.trim()) return `<p class="mt-6">${escapeHtml(SEARCH_HINT)}</p>`;
  const q = escapeHtml(query);
  const heading = hits.length ? `${hits.length} result${hits.length === 1 ? "" : "s"} for “${q}”` : `No results for “${q}”`;
  const items = hits
    .map(
      (h) =>
        `<li><a href="${escapeHtml(h.url)}" class="text-lg font-semibold">${escapeHtml(h.title)}</a>` +
        `<p class="text-sm text-slate-700 dark:text-slate-300">${escapeHtml(h.about)}</p>` +
        `<p class="mt-1 max-w-prose">${escapeHtml(h.summary)}</p></li>`,
    )
    .join("");
  const list = hits.length ? `<ol class="mt-4 space-y-4">${items}</ol>` : `<p class="mt-4">Try a shorter word, or <a href="/roles">browse all roles</a>.</p>`;
  return (
    `<section aria-labelledby="results-heading" class="mt-6">` +
    `<h2 id="results-heading" class="text-xl font-semibold" aria-live="polite">${heading}</h2>` +
    `${list}</section>`
  );
}
