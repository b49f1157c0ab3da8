import { suggestionsForPath } from "@/lib/model/find-role";
import { pairInPath, roleUrl } from "@/lib/site/routes";
import type { FetchJson } from "./lib/pair-comparison";
import { dom } from "./lib/dom";
import { ROLE_LINK_ATTRIBUTE } from "./lib/role-links";

/*
 * "Did you mean" on the 404 page. A prerendered 404 cannot know the missing address, so the
 * browser reads it; the roles to rank are the page's own "All roles" links (data-role-link,
 * with data-aliases), so no data is downloaded.
 *
 * Above 40 roles the build writes only some comparisons, so a missing /compare/<a>-vs-<b> whose
 * halves are both roles is compared here instead: the comparison code and the two roles' data
 * load only then (see ./lib/pair-comparison.ts).
 */

interface PageRole {
  slug: string;
  title: string;
  aliases: string[];
}

function pageRoles(): PageRole[] {
  return [...document.querySelectorAll<HTMLAnchorElement>(`a[${ROLE_LINK_ATTRIBUTE}]`)].map((a) => ({
    slug: a.getAttribute("href")!.split("/").pop()!,
    title: a.textContent ?? "",
    aliases: (a.dataset.aliases ?? "").split(",").filter(Boolean),
  }));
}

export function showSuggestions(slot: HTMLElement, pathname: string): void {
  const roles = pageRoles();
  let matches: typeof roles;
  try {
    matches = suggestionsForPath(roles, pathname);
  } catch {
    // A malformed address (a stray % escape) cannot be decoded, so there is nothing to match.
    return;
  }
  if (!matches.length) return;
  slot.replaceChildren(
    dom(
      "section",
      { "aria-labelledby": "did-you-mean", class: "mt-6 rounded-lg border border-amber-400 bg-amber-50 p-4 dark:bg-amber-950/40" },
      dom("h2", { id: "did-you-mean", class: "text-xl font-semibold" }, "Did you mean"),
      dom(
        "ul",
        { class: "mt-2 list-disc space-y-1 pl-5" },
        ...matches.map((r) =>
          dom(
            "li",
            {},
            dom("a", { href: roleUrl(r.slug) }, r.title),
            r.aliases.length ? dom("span", { class: "text-slate-700 dark:text-slate-300" }, ` (${r.aliases.join(", ")})`) : undefined,
          ),
        ),
      ),
    ),
  );
}

/**
 * The 404 page's enhancement: a pair of roles is compared in place of the page's heading and
 * text (intro); anything else, or a pair whose data cannot be fetched, gets suggestions.
 * `get` fetches JSON, so tests can pass a fake.
 */
export async function enhanceNotFound(intro: HTMLElement | null, slot: HTMLElement, pathname: string, get?: FetchJson): Promise<void> {
  const slugs = new Set(pageRoles().map((r) => r.slug));
  const pair = pairInPath(pathname, (s) => slugs.has(s));
  if (pair && intro) {
    try {
      const { showPairComparison } = await import("./lib/pair-comparison");
      if (await showPairComparison(intro, pair, get)) return;
    } catch {
      // The chunk did not load (offline, or a deploy replaced it): the page stays a plain 404.
    }
  }
  showSuggestions(slot, pathname);
}

const slot = document.getElementById("not-found-suggestions");
if (slot) void enhanceNotFound(document.getElementById("not-found-intro"), slot, location.pathname);
