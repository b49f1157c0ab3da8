/*
 * The "Internal" mark of a page or link that only the internal build has (visibility: internal
 * in its file; lib/model/visibility.ts). The public build has no internal pages, so it never shows.
 */

export function InternalBadge() {
  return (
    <span className="ml-2 inline-block rounded border border-amber-700 px-1.5 align-middle text-xs font-semibold uppercase tracking-wide text-amber-800 dark:border-amber-300 dark:text-amber-200">
      Internal
    </span>
  );
}

/**
 * After an internal page's title: the badge (after a space, so the heading reads "Title Internal"),
 * and a request to search engines not to index the page (React puts the meta tag in the head).
 */
export function InternalPageMark() {
  return (
    <>
      {" "}
      <meta name="robots" content="noindex" />
      <InternalBadge />
    </>
  );
}
