"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, useId, useRef, useState } from "react";
import type { SearchHit } from "@/lib/search";

type Engine = typeof import("@/lib/search-client");
let engine: Promise<Engine> | undefined;
const loadEngine = () => (engine ??= import("@/lib/search-client"));

/**
 * Header search: a plain GET form to /search without JavaScript; with it, results as you
 * type (ARIA combobox: arrows move, Enter opens, Escape closes). The search code and index
 * load on first focus.
 */
export function SearchBox() {
  const router = useRouter();
  const id = useId();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef("");

  async function update(q: string) {
    setQuery(q);
    latest.current = q;
    const results = q.trim() ? await (await loadEngine()).search(q, 8) : [];
    if (latest.current !== q) return;
    setHits(results);
    setActive(-1);
    setOpen(results.length > 0);
  }

  function go(hit: SearchHit) {
    setOpen(false);
    router.push(hit.url);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!hits.length) return;
      e.preventDefault();
      setOpen(true);
      const n = hits.length;
      setActive((i) => (e.key === "ArrowDown" ? (i + 1) % n : (i - 1 + n) % n));
    } else if (e.key === "Enter" && open && active >= 0 && hits[active]) {
      e.preventDefault();
      go(hits[active]);
    } else if (e.key === "Escape") {
      // Chromium clears a type=search input on Escape; the first Escape should only close the list.
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else void update("");
    }
  }

  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <form role="search" aria-label="Site" action="/search" method="get" className="relative w-full sm:w-72">
      <label htmlFor={`${id}-q`} className="sr-only">
        Search roles and responsibilities
      </label>
      <input
        id={`${id}-q`}
        name="q"
        type="search"
        value={query}
        placeholder="Search roles, e.g. PO"
        autoComplete="off"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        onFocus={() => void loadEngine().then((m) => m.preload())}
        onChange={(e) => void update(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className="w-full rounded border border-slate-400 bg-white px-3 py-1.5 text-slate-900 placeholder:text-slate-600 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Search suggestions"
        hidden={!open}
        className="absolute right-0 z-40 mt-1 max-h-96 w-full overflow-auto rounded border border-slate-300 bg-white shadow-lg sm:w-96 dark:border-slate-600 dark:bg-slate-900"
      >
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(hit)}
            className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand-700 text-white" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
          >
            <span className="block font-semibold">{hit.title}</span>
            <span className={`block text-sm ${i === active ? "text-white" : "text-slate-700 dark:text-slate-300"}`}>
              {hit.kind === "role" ? "Role" : `Responsibility of the ${hit.role}`}
            </span>
          </li>
        ))}
      </ul>
    </form>
  );
}
