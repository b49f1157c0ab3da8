import type { ReactNode } from "react";

const styles = {
  2: "mt-12 mb-4 text-2xl font-bold tracking-tight",
  3: "mt-8 mb-3 text-xl font-semibold",
} as const;

/** A section heading with a visible link to itself, so any section can be shared without JavaScript. */
export function AnchorHeading({ id, level = 2, children }: { id: string; level?: 2 | 3; children: ReactNode }) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className={`group target-highlight scroll-mt-4 ${styles[level]}`}>
      {children}{" "}
      <a
        href={`#${id}`}
        className="no-print ml-1 text-base font-normal text-slate-500 no-underline opacity-70 group-hover:opacity-100 focus-visible:opacity-100 dark:text-slate-400"
      >
        <span aria-hidden="true">#</span>
        <span className="sr-only">Link to this section</span>
      </a>
    </Tag>
  );
}
