import type { Result } from "./errors";
import { keysFor, parseProseDocument } from "./parse-document";
import { type Team, teamFrontMatterSchema } from "./schema";

/** A team shape as parsed from one file, with a line lookup for the cross-file checks. */
export type ParsedTeam = Team & { lineOf: (path: readonly (string | number)[]) => number | undefined };

export const TEAM_SECTIONS = [
  { heading: "About this team shape", required: true },
  { heading: "Notes", required: false },
] as const;

export function parseTeam(file: string, slug: string, source: string): Result<ParsedTeam> {
  const r = parseProseDocument(file, source, teamFrontMatterSchema, keysFor(teamFrontMatterSchema.shape), "a team shape", TEAM_SECTIONS);
  if (!r.ok) return r;
  const { data, html, lineOf } = r.value;
  const notes = html.get("Notes");
  return {
    ok: true,
    value: {
      slug,
      file,
      title: data.title,
      summary: data.summary,
      roles: data.roles,
      accountable: data.accountable,
      noAccountable: data.no_accountable,
      notes: data.notes,
      sources: data.sources,
      updated: data.updated,
      aboutHtml: notes ? `${html.get("About this team shape") ?? ""}\n${notes}` : (html.get("About this team shape") ?? ""),
      lineOf,
    },
  };
}
