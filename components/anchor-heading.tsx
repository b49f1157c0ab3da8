import type { ReactNode } from "react";
import { anchorHeading } from "./islands/lib/comparison-markup";
import { react } from "./react-markup";

/** A section heading with a visible link to itself, so any section can be shared without JavaScript. */
export function AnchorHeading({ id, level = 2, children }: { id: string; level?: 2 | 3; children: ReactNode }) {
  return anchorHeading(react, id, children, level);
}

/** A section under an AnchorHeading that names it. */
export function AnchorSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <AnchorHeading id={id}>{title}</AnchorHeading>
      {children}
    </section>
  );
}
