/*
 * A form of checkboxes whose ticks live in the address: the boxes a link names are ticked on load,
 * and the address (and the share link) follows every change, so a link shows someone else the same
 * ticks. "Your team" and the self-check both use it (islands/ticks.ts); their tables react to the
 * boxes through CSS. Free of imports, so the island that runs it loads as one small file.
 */
export function keepBoxesInAddress(
  form: HTMLFormElement,
  param: string,
  share: HTMLAnchorElement | null,
  win: Pick<Window, "location" | "history"> = window,
): HTMLInputElement[] {
  const boxes = [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${param}"]`)];
  const address = new URLSearchParams(win.location.search);
  const wanted = new Set(address.getAll(param));
  for (const box of boxes) if (wanted.has(box.value)) box.checked = true;
  // A one-choice control ("what if": who holds two roles, who left) keeps its choice in the address too.
  const selects = [...form.querySelectorAll("select")];
  for (const select of selects) {
    const value = address.get(select.name);
    if (value !== null && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  const sync = () => {
    // The form's own action is the page's address, base path and all.
    const chosen = selects.filter((x) => x.value).map((x) => [x.name, x.value]);
    const query = new URLSearchParams([...boxes.filter((b) => b.checked).map((b) => [param, b.value]), ...chosen]).toString();
    const url = `${form.getAttribute("action") ?? ""}${query ? `?${query}` : ""}`;
    win.history.replaceState(null, "", url);
    if (share) share.href = url;
  };
  form.addEventListener("change", sync);
  // The address follows the boxes, so the no-JavaScript submit button has nothing to do.
  // A button with a page of its own (formaction: another page, a download) still goes there.
  form.addEventListener("submit", (e) => {
    if (!e.submitter?.hasAttribute("formaction")) e.preventDefault();
  });
  for (const b of form.querySelectorAll<HTMLButtonElement>("button[type=submit]:not([formaction])")) b.hidden = true;
  if (wanted.size || selects.some((x) => x.value)) sync();
  return boxes;
}
