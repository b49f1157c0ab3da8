/*
 * The header search box, on every page: a plain GET form to /search. Nothing more loads until
 * someone reaches for it; the combobox (lib/search-box-ui.ts) then loads, and with it the search
 * index. Keeps what every page pays for search to a few hundred bytes.
 */
for (const form of document.querySelectorAll<HTMLFormElement>("form[data-search-box]")) {
  const start = () => void import("./lib/search-box-ui").then((m) => m.enhanceSearchBox(form));
  form.querySelector("input[name=q]")?.addEventListener("focus", start, { once: true });
}
