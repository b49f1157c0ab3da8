import type { ReactNode } from "react";
import { FeedbackLink } from "./feedback-link";
import { Html } from "./html";

/** Titled items (responsibilities, skills), each with its own anchor so one item can be linked to. */
export function ItemList<T extends { id: string; title: string; html: string }>({
  items,
  anchorLabel,
  meta,
  feedback,
}: {
  items: readonly T[];
  anchorLabel: string;
  /** A line under the title, such as a responsibility's area and level. */
  meta?: (item: T) => ReactNode;
  /** Where "Question or disagree?" about an item leads (lib/site/feedback.ts); none if undefined. */
  feedback?: (item: T) => string | undefined;
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
          <FeedbackLink href={feedback?.(item)} />
        </li>
      ))}
    </ul>
  );
}
