import type { ReactNode } from "react";
import { InternalPageMark } from "./internal-badge";

export function PageHeader({
  eyebrow,
  title,
  aliases = [],
  summary,
  internal = false,
}: {
  eyebrow?: string;
  title: string;
  aliases?: readonly string[];
  summary: string;
  /** An internal page (visibility: internal): marked so, and not indexed. */
  internal?: boolean;
}) {
  return (
    <div className="border-b border-slate-200 pb-6 dark:border-slate-800">
      {eyebrow && <p className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{eyebrow}</p>}
      <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">
        {title}
        {internal && <InternalPageMark />}
      </h1>
      {aliases.length > 0 && (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Also known as: <span className="font-medium">{aliases.join(", ")}</span>
        </p>
      )}
      <p className="mt-4 max-w-prose text-lg text-slate-800 dark:text-slate-200">{summary}</p>
    </div>
  );
}

/** The title and lead of a page that lists or gathers others. */
export function IndexHeader({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
      <p className="mt-4 max-w-prose text-lg">{children}</p>
    </>
  );
}
