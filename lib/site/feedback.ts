import { SITE } from "./config";
import { absoluteUrl } from "./metadata";

/**
 * A query value, escaped only where a query needs it: spaces as "+", and ":", "/" and "?" kept,
 * so that an address in it reads as the page's own (and gzip finds it there: a role page carries
 * one such link per responsibility).
 */
const queryValue = (s: string) =>
  encodeURIComponent(s)
    .replace(/%20/g, "+")
    .replace(/%(3A|2F|3F|40|2C|3B)/g, (code) => decodeURIComponent(code));

/**
 * "Question or disagree?" on one item of a page: a new issue in the site's repository, titled
 * with the page (and the item, if given), whose body is the item's full address, its anchor
 * naming the item. None without a repository.
 */
export function feedbackUrl({ page, item, address }: { page: string; item?: string; address: string }): string | undefined {
  if (!SITE.repository) return undefined;
  const title = item ? `${page}: ${item}` : page;
  return `${SITE.repository}/issues/new?title=${queryValue(title)}&body=${queryValue(absoluteUrl(address))}`;
}
