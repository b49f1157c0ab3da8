"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { type Suggestible, suggestionsForPath } from "@/lib/suggest";

const subscribe = () => () => {};
const getPath = () => window.location.pathname;
const getServerPath = () => "";

/** Reads the missing address in the browser: a statically generated 404 cannot know it on the server. */
export function NotFoundSuggestions({ roles }: { roles: readonly Suggestible[] }) {
  const path = useSyncExternalStore(subscribe, getPath, getServerPath);
  const matches = suggestionsForPath(roles, path);
  if (!matches.length) return null;
  return (
    <section aria-labelledby="did-you-mean" className="mt-6 rounded-lg border border-amber-400 bg-amber-50 p-4 dark:bg-amber-950/40">
      <h2 id="did-you-mean" className="text-xl font-semibold">
        Did you mean
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {matches.map((r) => (
          <li key={r.slug}>
            <Link href={`/roles/${r.slug}`}>{r.title}</Link>
            {r.aliases.length > 0 && <span className="text-slate-700 dark:text-slate-300"> ({r.aliases.join(", ")})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
