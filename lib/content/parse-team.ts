import type { Result } from "./errors";
import { type LineTable, lineLookup } from "./markdown";
import { parseProseDocument } from "./document";
import { type CitedSource, type SiteLink, type Team, teamFrontMatter } from "./schema";

/**
 * A team shape as parsed from one file, with a line lookup for the cross-file checks. The lookup
 * answers from `lines`, which a cached copy keeps (as JSON it loses the function; see reviveTeam).
 */
export type ParsedTeam = Team & { lines: LineTable; lineOf: (path: readonly (string | number)[]) => number | undefined; links: SiteLink[]; cited: CitedSource[] };

export const TEAM_SECTIONS = [
  { heading: "About this team shape", required: true },
  { heading: "Notes", required: false },
] as const;

export function parseTeam(file: string, slug: string, source: string): Result<ParsedTeam> {
  const r = parseProseDocument(file, source, teamFrontMatter, "a team shape", TEAM_SECTIONS);
  if (!r.ok) return r;
  const { data, html, lines, lineOf, links, cited } = r.value;
  const about = html.get("About this team shape") ?? "";
  const notes = html.get("Notes");
  return { ok: true, value: { slug, file, ...data, aboutHtml: notes ? `${about}\n${notes}` : about, lines, lineOf, links, cited } };
}

/** A team read back from JSON, with its line lookup again. */
export const reviveTeam = (team: Omit<ParsedTeam, "lineOf">): ParsedTeam => ({ ...team, lineOf: lineLookup(team.lines) });
