/*
 * The browser the end-to-end tests and `npm run lighthouse` drive: Debian's Chromium by
 * default, because `playwright install` cannot download browsers here, or CHROMIUM_PATH.
 * The flags keep a headless run off the network it cannot reach and out of a sandbox it
 * cannot create as root.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
