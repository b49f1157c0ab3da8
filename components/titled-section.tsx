import type { ReactNode } from "react";

/** A section of a page under the `<h2>` that names it. */
export function TitledSection({ id, title, className = "mt-10", children }: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-4 text-2xl font-bold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  );
}
