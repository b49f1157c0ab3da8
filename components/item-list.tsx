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
        <li key={item.id} id={item.id} className="target-highlight item">
          <p className="font-semibold">
            {item.title}{" "}
            <a href={`#${item.id}`} className="self-link">
              <span aria-hidden="true">#</span>
              <span className="sr-only">
                Link to {anchorLabel}: {item.title}
              </span>
            </a>
          </p>
          {meta?.(item)}
          <Html html={item.html} className="prose max-w-prose" />
        </li>
      ))}
    </ul>
  );
}
