import type { SearchHit } from "@/lib/site/search";
import { dom } from "./dom";

/*
 * The header search box: a plain GET form to /search that this island turns into a WAI-ARIA
 * combobox (arrows move, Enter opens, Escape closes). The input is type="text" because ARIA
 * does not allow the combobox role on type="search". This code loads on first focus (see
 * ../search-box.ts); MiniSearch and the index load then too.
 */

type Engine = typeof import("@/lib/site/search-client");
let engine: Promise<Engine> | undefined;
const loadEngine = () => (engine ??= import("@/lib/site/search-client"));

const OPTION = "cursor-pointer px-3 py-2";
const ACTIVE = "bg-brand-700 text-white";
const IDLE = "hover:bg-slate-100 dark:hover:bg-slate-800";

/** The popup list the combobox controls, after the form's input. */
function addListbox(form: HTMLFormElement, input: HTMLInputElement): HTMLElement {
  const list = dom("ul", {
    id: `${input.id}-results`,
    role: "listbox",
    "aria-label": "Search suggestions",
    class:
      "absolute right-0 z-40 mt-1 max-h-96 w-full overflow-auto rounded border border-slate-300 bg-white shadow-lg sm:w-96 dark:border-slate-600 dark:bg-slate-900",
  });
  list.hidden = true;
  form.append(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  return list;
}

const option = (hit: SearchHit, id: string) =>
  dom("li", { id, role: "option" }, dom("span", { class: "block font-semibold" }, hit.title), dom("span", {}, hit.about));

function markActive(li: Element, active: boolean) {
  li.setAttribute("aria-selected", String(active));
  li.className = `${OPTION} ${active ? ACTIVE : IDLE}`;
  (li.lastElementChild as HTMLElement).className = `block text-sm ${active ? "text-white" : "text-slate-700 dark:text-slate-300"}`;
}

export function enhanceSearchBox(
  form: HTMLFormElement,
  go: (url: string) => void = (url) => location.assign(url),
  search: (query: string) => Promise<SearchHit[]> = async (q) => (await loadEngine()).search(q, 8),
): void {
  const input = form.querySelector<HTMLInputElement>("input[name=q]");
  if (!input || form.dataset.enhanced) return;
  form.dataset.enhanced = "1";
  const list = addListbox(form, input);

  let hits: SearchHit[] = [];
  let active = -1;
  let latest = "";

  function render(open: boolean) {
    list.hidden = !open;
    input!.setAttribute("aria-expanded", String(open));
    const options = [...list.children];
    options.forEach((li, i) => markActive(li, i === active));
    if (open && active >= 0) input!.setAttribute("aria-activedescendant", options[active]!.id);
    else input!.removeAttribute("aria-activedescendant");
  }

  function show(results: SearchHit[]) {
    hits = results;
    active = -1;
    list.replaceChildren(
      ...results.map((hit, i) => {
        const li = option(hit, `${list.id}-${i}`);
        // Keep focus in the input, so the click is not lost to its blur.
        li.addEventListener("mousedown", (e) => e.preventDefault());
        li.addEventListener("click", () => choose(hit));
        return li;
      }),
    );
    render(results.length > 0);
  }

  function choose(hit: SearchHit) {
    render(false);
    go(hit.url);
  }

  async function update() {
    const q = input!.value;
    latest = q;
    const results = q.trim() ? await search(q) : [];
    if (latest === q) show(results);
  }

  const preload = () => void loadEngine().then((m) => m.preload());
  input.addEventListener("focus", preload);
  input.addEventListener("input", () => void update());
  input.addEventListener("blur", () => setTimeout(() => render(false), 150));
  input.addEventListener("keydown", (e) => {
    const open = !list.hidden;
    const chosen = open ? hits[active] : undefined;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!hits.length) return;
      e.preventDefault();
      const n = hits.length;
      active = e.key === "ArrowDown" ? (active + 1) % n : (active - 1 + n) % n;
      render(true);
    } else if (e.key === "Enter" && chosen) {
      e.preventDefault();
      choose(chosen);
    } else if (e.key === "Escape") {
      e.preventDefault();
      if (open) render(false);
      else {
        input!.value = "";
        show([]);
      }
    }
  });

  // Loaded on the first focus: catch up with that focus, and with anything typed meanwhile.
  if (document.activeElement === input) preload();
  if (input.value.trim()) void update();
}
