import { YOUR_TEAM_CSV_NAME, whatIfCsvRows } from "@/lib/site/csv-rows";
import { whatIfTeam } from "@/lib/responsibilities/what-if";
import { isLevel } from "@/lib/responsibilities/raci";
import { WHAT_IF_PARAMS, YOUR_TEAM } from "@/lib/site/routes";
import { csvText } from "./csv-text";
import { saveFile, yourTeamAreas } from "./your-team-csv";

/*
 * "What if" as a spreadsheet, made in the browser so a static host offers it too: the team rule
 * is lib's (whatIfTeam), the letters come from the your-team page's table (fetched once, on the
 * click), and the rows from the function `npm start` uses (whatIfCsvRows, via lib/site/csv.ts).
 */

/** The what-if form's choices, and each role's title from its box's label. */
function readForm(form: HTMLFormElement) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
  const titles = new Map(boxes.map((b) => [b.value, b.labels?.[0]?.textContent?.trim() || b.value]));
  const chosen = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value || undefined;
  const input = {
    ticked: boxes.filter((b) => b.checked).map((b) => b.value),
    both: chosen(WHAT_IF_PARAMS.both),
    and: chosen(WHAT_IF_PARAMS.and),
    left: chosen(WHAT_IF_PARAMS.left),
  };
  return { titles, team: whatIfTeam(input, (s) => titles.has(s)) };
}

/** The spreadsheet's text for the form's what-if, read against the your-team page (`table`). */
export function whatIfCsv(form: HTMLFormElement, table: ParentNode): string {
  const { titles, team } = readForm(form);
  const title = (slug: string) => titles.get(slug) ?? slug;
  const areas = yourTeamAreas(table, new Map(team.team.map((s) => [s, title(s)])));
  const rows = [...table.querySelectorAll("tr[data-yt-area]")];
  const left = rows.map((row) => (team.left ? row.querySelector<HTMLElement>(`[data-yt-role="${team.left}"]`)?.dataset.level : undefined));
  const pair = team.pair && ([title(team.pair[0]), title(team.pair[1])] as const);
  return csvText(
    whatIfCsvRows(
      areas.map((a, i) => ({ ...a, left: isLevel(left[i]) ? left[i] : undefined })),
      { pair, left: team.left && title(team.left) },
    ),
  );
}

/** What "Download as CSV" does on the what-if page with JavaScript. */
export async function downloadWhatIf(form: HTMLFormElement): Promise<void> {
  const html = await (await fetch(YOUR_TEAM)).text();
  const table = new DOMParser().parseFromString(html, "text/html");
  saveFile(form.ownerDocument, whatIfCsv(form, table), YOUR_TEAM_CSV_NAME, "text/csv;charset=utf-8");
}
