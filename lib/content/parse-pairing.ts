import { type ContentError, type Result, reporter } from "./errors";
import { parseProseDocument } from "./document";
import { type CitedSource, type Pairing, type SiteLink, pairingFrontMatter } from "./schema";
import { pairingSlug } from "../site/routes";

/** A pairing as parsed from one file, with the lines its roles are on for the cross-file check. */
export type ParsedPairing = Pairing & { lines: { roles: (number | undefined)[] }; links: SiteLink[]; cited: CitedSource[] };

export const PAIRING_SECTIONS = [{ heading: "What the sources say", required: true }] as const;

export function parsePairing(file: string, slug: string, text: string): Result<ParsedPairing> {
  const r = parseProseDocument(file, text, pairingFrontMatter, "a pairing", PAIRING_SECTIONS);
  if (!r.ok) return r;
  const { data, html, lineOf, links, cited } = r.value;
  const errors: ContentError[] = [];
  const report = reporter(file, errors);
  // Each quote names one of the file's own sources, which has an address a reader can open.
  const titles = data.sources.map((s) => `"${s.title}"`).join(", ");
  data.quotes.forEach((q, i) => {
    const source = data.sources.find((s) => s.title === q.source);
    const at = [lineOf(["quotes", i, "source"]), `quotes[${i}].source`] as const;
    if (!source) report(...at, `"${q.source}" is not one of this file's sources. Use one of: ${titles}, or add it under sources with its url.`);
    else if (!source.url) report(...at, `"${q.source}" has no url. A reader must be able to check the quote: add the source's url.`);
  });
  const [a, b] = data.roles;
  const line = lineOf(["roles"]);
  if (a === b) report(line, "roles", `names "${a}" twice. A pairing is two different roles.`);
  else if (a > b) report(line, "roles", `must be in alphabetical order, so each pair has one file: write [${b}, ${a}].`);
  else if (slug !== pairingSlug(a, b)) report(line, "roles", `do not match the file name. Name the file "${pairingSlug(a, b)}.md", or change roles to match it.`);
  if (errors.length) return { ok: false, errors };
  const quotes = data.quotes.map((q) => ({ ...q, url: data.sources.find((s) => s.title === q.source)?.url }));
  const lines = { roles: data.roles.map((_, i) => lineOf(["roles", i])) };
  return { ok: true, value: { slug, file, ...data, quotes, aboutHtml: html.get("What the sources say") ?? "", lines, links, cited } };
}
