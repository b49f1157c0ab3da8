import { YOUR_TEAM_PARAM } from "@/lib/site/routes";
import { keepBoxesInAddress } from "./lib/boxes-in-address";

/*
 * "Your team": the coverage table already reacts to the ticked boxes through CSS. This island
 * only keeps the address in step with the boxes, so the address (and the "Link to this team"
 * link) shows a teammate the same team, and ticks the boxes a shared link names. "Download as
 * CSV" asks `npm start` for the file without JavaScript; with it, the file is made here, so a
 * static host offers it too.
 */

export function enhanceYourTeam(form: HTMLFormElement, win: Pick<Window, "location" | "history"> = window): void {
  const boxes = keepBoxesInAddress(form, YOUR_TEAM_PARAM, form.querySelector<HTMLAnchorElement>("#yt-share"), win);
  // The file's code loads when someone asks for it, so the page loads no more than before.
  form.querySelector("#yt-csv")?.addEventListener("click", (e) => {
    e.preventDefault();
    const ticked = new Map(boxes.filter((b) => b.checked).map((b) => [b.value, b.labels?.[0]?.textContent?.trim() || b.value]));
    void import("./lib/your-team-csv").then((m) => m.downloadYourTeam(form.ownerDocument, ticked));
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>("form#your-team-form")) enhanceYourTeam(form);
