import { execFileSync } from "node:child_process";
import path from "node:path";
import type { ContentModel } from "./types";
import type { Role } from "../content/schema";
import { contentDir, getModel } from "../content/load";
import { areaUrl, compareUrl, ladderUrl, roleUrl, teamUrl } from "../site/routes";

/*
 * What changed, and when. An author writes a change once, as a `changes` note in the file's front
 * matter (lib/content/schema.ts). A file without notes takes its changes from the content's Git
 * history, a commit's subject as the note; a build without history (a download, a shallow clone)
 * falls back to the file's `updated` date, without a note. Each page says when it last changed,
 * and /changes lists every change with the pages it touched.
 */

/** One change to a page; a date alone when all we know is the file's `updated` date. */
export interface Change {
  date: string;
  note?: string;
}

/** Each content file's commits, newest first, by its path relative to the project (a model item's `file`). */
export type ContentHistory = ReadonlyMap<string, readonly Required<Change>[]>;

export type HistoryResult = { history: ContentHistory } | { missing: string };

/** A commit's subject as a change note: its first clause, one sentence, at most about 160 characters. */
export function noteFromSubject(subject: string): string {
  const first = subject
    .split("; ")[0]!
    .trim()
    .replace(/[\s.,:;]+$/, "");
  const short = first.length > 160 ? `${first.slice(0, first.lastIndexOf(" ", 159))}…` : first;
  return /[.!?…]$/.test(short) ? short : `${short}.`;
}

/** Reads `git log --name-only` output written with the format "%x00%cs%x09%s"; `prefix` is the logged folder's path from the project. */
export function parseGitLog(log: string, prefix: string): Map<string, Required<Change>[]> {
  const files = new Map<string, Required<Change>[]>();
  for (const record of log.split("\0").slice(1)) {
    const [head = "", ...names] = record.split("\n");
    const [date = "", subject = ""] = head.split("\t");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    const change = { date, note: noteFromSubject(subject) };
    for (const name of names.filter(Boolean)) {
      const file = path.posix.join(prefix.split(path.sep).join("/"), name);
      files.set(file, [...(files.get(file) ?? []), change]);
    }
  }
  return files;
}

/** The content folder's history: one `git log` for the whole folder, or why there is none. */
export function readContentHistory(dir = contentDir(), cwd = process.cwd()): HistoryResult {
  const git = (args: string[]) =>
    execFileSync("git", ["-c", "core.quotePath=false", ...args], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 << 20 });
  try {
    // A shallow clone's oldest commit seems to add every file at once.
    if (git(["rev-parse", "--is-shallow-repository"]).trim() === "true") return { missing: "a shallow clone" };
    const history = parseGitLog(git(["log", "--no-merges", "--format=%x00%cs%x09%s", "--name-only", "--relative", "--", "."]), path.relative(cwd, dir));
    return history.size ? { history } : { missing: "no commit touches the content folder" };
  } catch {
    return { missing: "not a Git clone" };
  }
}

/** Anything with a content file: its notes, and its `updated` date. */
type Dated = Pick<Role, "file" | "updated" | "changes">;

/** A file's changes, newest first: its notes; else its commits; else (or when a newer `updated` is not committed yet) its `updated` date. */
export function fileChanges(item: Dated, history?: ContentHistory): Change[] {
  if (item.changes.length) return [...item.changes];
  const commits = history?.get(item.file) ?? [];
  return commits[0] && commits[0].date >= item.updated ? [...commits] : [{ date: item.updated }, ...commits];
}

/** One entry of /changes: a change and the pages it touched. */
export interface SiteChange extends Change {
  /** Its anchor on /changes and, with the site's address, its id in the feed: the same for the same change in every build. */
  id: string;
  pages: { path: string; title: string }[];
}

/** FNV-1a, for a short id that stays the same while the note does. */
const hash = (text: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
};
export const changeId = (c: Change) => `${c.date}-${c.note ? hash(c.note) : "updated"}`;

/** Every content file with its page. */
function pagesOf(model: ContentModel): { item: Dated; path: string; title: string }[] {
  return [
    ...model.roles.map((r) => ({ item: r, path: roleUrl(r.slug), title: r.title })),
    ...model.comparisons.map((c) => ({ item: c, path: compareUrl(c.roles[0], c.roles[1]), title: c.title })),
    ...model.ladders.map((l) => ({ item: l, path: ladderUrl(l.slug), title: l.title })),
    ...model.areas.map((a) => ({ item: a, path: areaUrl(a.slug), title: a.title })),
    ...model.teams.map((t) => ({ item: t, path: teamUrl(t.slug), title: t.title })),
  ];
}

/** Every change on the site, newest first: a change several files share (the same day and note) is one entry. */
export function siteChanges(model: ContentModel, history?: ContentHistory): SiteChange[] {
  const entries = new Map<string, SiteChange & { rank: number }>();
  for (const { item, path, title } of pagesOf(model)) {
    fileChanges(item, history).forEach((c, rank) => {
      const id = changeId(c);
      const entry = entries.get(id) ?? { id, ...c, pages: [], rank };
      if (!entry.pages.some((p) => p.path === path)) entry.pages.push({ path, title });
      // How far down a file's list the change first comes: on one day, a file's later change (a later commit) is listed first.
      entry.rank = Math.min(entry.rank, rank);
      entries.set(id, entry);
    });
  }
  // Then changes with notes before dates alone, then by note, so the order is the same in every build.
  return [...entries.values()]
    .sort((a, b) => b.date.localeCompare(a.date) || a.rank - b.rank || Number(!a.note) - Number(!b.note) || (a.note ?? "").localeCompare(b.note ?? ""))
    .map(({ rank: _rank, ...entry }) => entry);
}

/** A page's last change, with its entry on /changes: the newest of the files it is made from (a comparison: its file and both roles'). */
export function lastChange(items: readonly Dated[], history?: ContentHistory): Change & { id: string } {
  const newest = items
    .map((item) => fileChanges(item, history)[0]!)
    .reduce((best, c) => (c.date > best.date || (c.date === best.date && c.note && !best.note) ? c : best));
  return { ...newest, id: changeId(newest) };
}

// Read once per process: Next renders pages in a few workers, and each asks for history many times.
let history: HistoryResult | undefined;
export const getContentHistory = (): HistoryResult => (history ??= readContentHistory());

const historyOf = (r: HistoryResult) => ("history" in r ? r.history : undefined);

/** The site's changes, for the /changes page and its feed. */
export const getSiteChanges = (): SiteChange[] => siteChanges(getModel(), historyOf(getContentHistory()));

/** A page's last change, for its "Last changed" sentence. */
export const getLastChange = (...items: Dated[]) => lastChange(items, historyOf(getContentHistory()));

/** The one line the build prints when pages fall back to their `updated` dates, or nothing. */
export function historyNotice(r: HistoryResult = getContentHistory()): string | undefined {
  return "missing" in r ? `No content history (${r.missing}): pages without change notes give their file's \`updated\` date as their last change.` : undefined;
}
