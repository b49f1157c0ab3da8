// Each step 1.25rem higher than the last, as classes: the Content-Security-Policy allows no inline styles.
// Written out in full so Tailwind finds them; a ladder longer than this keeps the last height.
const HEIGHTS = ["min-h-10", "min-h-15", "min-h-20", "min-h-25", "min-h-30", "min-h-35", "min-h-40", "min-h-45", "min-h-50", "min-h-55"];

/** A compact picture of the ladder: each step a little higher than the last, linked to its rung. */
export function LadderSteps({ steps }: { steps: readonly { id: string; title: string }[] }) {
  return (
    <nav aria-label="Steps on this ladder" className="no-print my-8">
      <ol className="flex flex-col gap-2 sm:flex-row sm:items-end">
        {steps.map((s, i) => (
          <li key={s.id} className="sm:flex-1">
            <a
              href={`#${s.id}`}
              className={`flex items-end rounded-t-md border border-brand-700 bg-brand-50 p-2 text-sm font-semibold no-underline dark:border-brand-300 dark:bg-slate-900 ${HEIGHTS[Math.min(i, HEIGHTS.length - 1)]}`}
            >
              <span>
                <span className="mr-1 text-slate-700 dark:text-slate-300">{i + 1}.</span>
                {s.title}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
