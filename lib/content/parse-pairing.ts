import type { ContentError, Result } from "./errors";
import { keysFor, parseProseDocument } from "./document";
import { type CitedSource, type Pairing, type SiteLink, pairingFrontMatter, pairingFrontMatterSchema } from "./schema";
import { pairingSlug } from "../site/routes";

/** A pairing as parsed from one file, with the lines its roles are on for the cross-file check. */
export type ParsedPairing = Pairing & { lines: { roles: (number | undefined)[] }; links: SiteLink[]; cited: CitedSource[] };

export const PAIRING_SECTIONS = [{ heading: "What the sources say", required: true }] as const;

const quoteKeys = { quotes: pairingFrontMatterSchema.shape.quotes.element.shape };

/** Each quote names one of the file's own sources, which has an address a reader can open. */
function checkQuotes(file: string, fm: Pick<Pairing, "quotes" | "sources">, lineOf: (p: readonly (string | number)[]) => number | undefined) {
  const errors: ContentError[] = [];
  fm.quotes.forEach((q, i) => {
    const source = fm.sources.find((s) => s.title === q.source);
    const where = `quotes[${i}].source`;
    const line = lineOf(["quotes", i, "source"]);
    const titles = fm.sources.map((s) => `"${s.title}"`).join(", ");
    if (!source) errors.push({ file, line, where, message: `"${q.source}" is not one of this file's sources. Use one of: ${titles}, or add it under sources with its url.` });
    else if (!source.url) errors.push({ file, line, where, message: `"${q.source}" has no url. A reader must be able to check the quote: add the source's url.` });
  });
  return errors;
}

export function parsePairing(file: string, slug: string, text: string): Result<ParsedPairing> {
  const r = parseProseDocument(file, text, pairingFrontMatter, keysFor(pairingFrontMatterSchema.shape, quoteKeys), "a pairing", PAIRING_SECTIONS);
  if (!r.ok) return r;
  const { data, html, lineOf, links, cited } = r.value;
  const [a, b] = data.roles;
  const errors = checkQuotes(file, data, lineOf);
  const line = lineOf(["roles"]);
  if (a === b) errors.push({ file, line, where: "roles", message: `names "${a}" twice. A pairing is two different roles.` });
  else if (a > b) errors.push({ file, line, where: "roles", message: `must be in alphabetical order, so each pair has one file: write [${b}, ${a}].` });
  else if (slug !== pairingSlug(a, b))
    errors.push({ file, line, where: "roles", message: `do not match the file name. Name the file "${pairingSlug(a, b)}.md", or change roles to match it.` });
  if (errors.length) return { ok: false, errors };
  const quotes = data.quotes.map((q) => ({ ...q, url: data.sources.find((s) => s.title === q.source)?.url }));
  const lines = { roles: data.roles.map((_, i) => lineOf(["roles", i])) };
  return { ok: true, value: { slug, file, ...data, quotes, aboutHtml: html.get("What the sources say") ?? "", lines, links, cited } };
}
