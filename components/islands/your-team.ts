import { YOUR_TEAM_PARAM, yourTeamUrl } from "@/lib/site/routes";

/*
 * "Your team": the coverage table already reacts to the ticked boxes through CSS. This island
 * only keeps the address in step with the boxes, so the address (and the "Link to this team"
 * link) shows a teammate the same team, and ticks the boxes a shared link names. "Download as
 * CSV" asks `npm start` for the file without JavaScript; with it, the file is made here, so a
 * static host offers it too.
 */

export function enhanceYourTeam(form: HTMLFormElement, win: Pick<Window, "location" | "history"> = window): void {
  const boxes = [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${YOUR_TEAM_PARAM}"]`)];
  const share = form.querySelector<HTMLAnchorElement>("#yt-share");
  const wanted = new Set(new URLSearchParams(win.location.search).getAll(YOUR_TEAM_PARAM));
  for (const box of boxes) if (wanted.has(box.value)) box.checked = true;
  const sync = () => {
    const url = yourTeamUrl(boxes.filter((b) => b.checked).map((b) => b.value));
    win.history.replaceState(null, "", url);
    if (share) share.href = url;
  };
  form.addEventListener("change", sync);
  // The file's code loads when someone asks for it, so the page loads no more than before.
  form.querySelector("#yt-csv")?.addEventListener("click", (e) => {
    e.preventDefault();
    const ticked = new Map(boxes.filter((b) => b.checked).map((b) => [b.value, b.labels?.[0]?.textContent?.trim() || b.value]));
    void import("./lib/your-team-csv").then((m) => m.downloadYourTeam(form.ownerDocument, ticked));
  });
  // The address follows the boxes as they change, so the no-JavaScript button has nothing to do.
  const submit = form.querySelector<HTMLButtonElement>("#yt-submit");
  if (submit) submit.hidden = true;
  // Nothing to submit: the table is already up to date, and the address holds the team.
  form.addEventListener("submit", (e) => e.preventDefault());
  if (wanted.size) sync();
}

for (const form of document.querySelectorAll<HTMLFormElement>("form#your-team-form")) enhanceYourTeam(form);
