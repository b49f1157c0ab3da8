import { type TeamArea, YOUR_TEAM_CSV_NAME, teamCsvRows } from "@/lib/site/csv-rows";
import { isLevel } from "@/lib/responsibilities/raci";
import { csvText } from "./csv-text";

/*
 * "Your team" as a spreadsheet, made in the browser from the page itself, so a static host with
 * no server behind it can offer the download too. The coverage table
 * (components/your-team-table.tsx) lists every role's level in each area; the ticked boxes say
 * which roles are in the team. `npm start` writes the same file from the open data (lib/site/csv.ts).
 */

/** The ticked roles' part in each area, read from the table; `ticked` maps each ticked role's slug to its title. */
export function yourTeamAreas(root: ParentNode, ticked: ReadonlyMap<string, string>): TeamArea[] {
  const text = (el: Element | null) => el?.textContent?.trim() ?? "";
  return [...root.querySelectorAll("tr[data-yt-area]")].map((row) => ({
    area: text(row.querySelector("th")),
    parts: [...row.querySelectorAll<HTMLElement>("[data-yt-role]")].flatMap((span) => {
      const role = ticked.get(span.dataset.ytRole ?? "");
      const level = span.dataset.level;
      return role && isLevel(level) ? [{ role, level }] : [];
    }),
    ifGap: text(row.querySelector(".yt-gap .yt-advice")),
    ifOverlap: text(row.querySelector(".yt-overlap .yt-advice")),
  }));
}

export function yourTeamCsv(root: ParentNode, ticked: ReadonlyMap<string, string>): string {
  return csvText(teamCsvRows(yourTeamAreas(root, ticked)));
}

/** Saves text as a file, as a download link would. */
export function saveFile(doc: Document, text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // Some browsers start the download only after the click returns; the address is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** What "Download as CSV" does with JavaScript: the ticked roles' team, saved as a file. */
export const downloadYourTeam = (doc: Document, ticked: ReadonlyMap<string, string>) =>
  saveFile(doc, yourTeamCsv(doc, ticked), YOUR_TEAM_CSV_NAME, "text/csv;charset=utf-8");
