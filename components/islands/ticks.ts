import { keepBoxesInAddress } from "./lib/boxes-in-address";

/*
 * For a form of checkboxes marked data-ticks="<parameter>" ("your team", the self-check): keeps the
 * ticks in the address, so the link a reader shares shows the same ticks. The page already reacts
 * to the boxes through CSS; this only keeps the address in step.
 */
for (const form of document.querySelectorAll<HTMLFormElement>("form[data-ticks]"))
  keepBoxesInAddress(form, form.dataset.ticks ?? "", form.querySelector<HTMLAnchorElement>("a[data-share]"));
