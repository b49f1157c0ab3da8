import type { InputHTMLAttributes } from "react";
import { Island } from "./island";
import { SEARCH } from "@/lib/site/routes";

/** A search form's box: the `q` the server and the islands read, under a label for screen readers. */
export function SearchInput({ id, ...input }: { id: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        Search roles and responsibilities
      </label>
      <input id={id} name="q" {...input} />
    </>
  );
}

/**
 * Header search: a plain GET form to /search. The search-box island turns it into a combobox
 * with results as you type; its search code and index load on first focus.
 */
export function SearchBox() {
  return (
    <form role="search" aria-label="Site" action={SEARCH} method="get" data-search-box="" className="relative w-full sm:w-72">
      <SearchInput
        id="site-search"
        type="text"
        placeholder="Search roles, e.g. PO"
        autoComplete="off"
        enterKeyHint="search"
        className="w-full rounded border border-slate-400 bg-white px-3 py-1.5 text-slate-900 placeholder:text-slate-600 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <Island name="search-box" />
    </form>
  );
}
