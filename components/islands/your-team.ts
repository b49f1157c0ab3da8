/*
 * "Your team": the coverage table reacts to the ticked boxes through CSS, and the ticks island
 * keeps them in the address. "Download as CSV" asks `npm start` for the file without JavaScript;
 * with it, the file is made here, so a static host offers it too.
 */

export function enhanceYourTeam(form: HTMLFormElement): void {
  // The file's code loads when someone asks for it, so the page loads no more than before.
  form.querySelector("#yt-csv")?.addEventListener("click", (e) => {
    e.preventDefault();
    // The what-if page's form has its choices as <select>s, and no table of its own.
    if (form.querySelector("select")) {
      void import("./lib/what-if-csv").then((m) => m.downloadWhatIf(form));
      return;
    }
    const boxes = [...form.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")];
    const ticked = new Map(boxes.map((b) => [b.value, b.labels?.[0]?.textContent?.trim() || b.value]));
    void import("./lib/your-team-csv").then((m) => m.downloadYourTeam(form.ownerDocument, ticked));
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>("form#your-team-form")) enhanceYourTeam(form);
