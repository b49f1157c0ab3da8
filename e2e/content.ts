import path from "node:path";
import { loadContent } from "../lib/content/load";
import { formatErrors } from "../lib/content/errors";

/** The same model the site was built from, so tests check every role rather than a hand-picked few. */
export function model() {
  const r = loadContent(path.resolve(import.meta.dirname, "../content"));
  if (!r.ok) throw new Error(formatErrors(r.errors));
  return r.value;
}
