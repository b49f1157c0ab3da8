import { SELF_CHECK_PARAM } from "@/lib/site/routes";
import { keepBoxesInAddress } from "./lib/boxes-in-address";

/*
 * "Where am I?": the lists already react to the ticks through CSS. This island only keeps the
 * ticks in the address, so the link a reader shares with their manager shows the same ticks.
 */
for (const form of document.querySelectorAll<HTMLFormElement>("form#self-check-form"))
  keepBoxesInAddress(form, SELF_CHECK_PARAM, document.querySelector<HTMLAnchorElement>("#sc-share"));
