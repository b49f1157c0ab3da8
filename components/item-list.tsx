import type { ReactNode } from "react";
import { Html } from "./html";

/** Titled items (responsibilities, skills), each with its own anchor so one item can be linked to. */
export function ItemList<T extends { id: string; title: string; html: string }>({
  items,
  anchorLabel,
  meta,
}: {
  items: readonly T[];
  anchorLabel: string;
  /** A line under the title, such as a responsibility's area and level. */
  meta?: (item: T) => ReactNode;
}) {
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} id={item.id} className="target-highlight scroll-mt-4 rounded-md p-2 -mx-2">
          <p className="font-semibold">
            {item.title}{" "}
            <a href={`#${item.id}`} className="no-print text-sm font-normal text-slate-500 no-underline hover:underline dark:text-slate-400">
              <span aria-hidden="true">#</span>
              <span className="sr-only">
                Link to {anchorLabel}: {item.title}
              </span>
            </a>
          </p>
          {meta && <p className="mt-1">{meta(item)}</p>}
          <Html html={item.html} className="prose prose-slate max-w-prose dark:prose-invert" />
        </li>
      ))}
    </ul>
  );
}
