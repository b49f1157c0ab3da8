import type { ReactNode } from "react";

const styles = {
  2: "mt-12 mb-4 text-2xl font-bold tracking-tight",
  3: "mt-8 mb-3 text-xl font-semibold",
} as const;

/** A section heading with a visible link to itself, so any section can be shared without JavaScript. */
export function AnchorHeading({ id, level = 2, children }: { id: string; level?: 2 | 3; children: ReactNode }) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className={`target-highlight ${styles[level]}`}>
      {children}{" "}
      <a href={`#${id}`} className="self-link">
        <span aria-hidden="true">#</span>
        <span className="sr-only">Link to this section</span>
      </a>
    </Tag>
  );
}
