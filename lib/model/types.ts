import type { ParsedArea } from "../content/parse-area";
import type { ParsedComparison } from "../content/parse-comparison";
import type { ParsedLadder } from "../content/parse-ladder";
import type { ParsedTeam } from "../content/parse-team";
import type { ParsedPairing } from "../content/parse-pairing";
import type { Area, Comparison, Ladder, Pairing, ParsedRole, Role, Team } from "../content/schema";

/** Every parsed document, before the references between them are checked. */
export interface ParsedContent {
  roles: ParsedRole[];
  comparisons: ParsedComparison[];
  ladders: ParsedLadder[];
  areas: ParsedArea[];
  teams: ParsedTeam[];
  pairings: ParsedPairing[];
}

/** Everything the site is built from, cross-checked: every reference between files resolves. */
export interface ContentModel {
  roles: Role[];
  comparisons: Comparison[];
  ladders: Ladder[];
  /** Areas of work, in their `order`. */
  areas: Area[];
  teams: Team[];
  /** What the sources say when one person holds two roles, one file per pair. */
  pairings: Pairing[];
}
