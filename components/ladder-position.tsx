import type { laddersFor } from "@/lib/model/ladder";
import { roleUrl, rungUrl, selfCheckUrl } from "@/lib/site/routes";
import { lowerFirst } from "@/lib/site/text";

/** Where a role sits on a career ladder: its step, and the steps either side. */
export function LadderPosition({ ladder, rung, total }: ReturnType<typeof laddersFor>[number]) {
  const role = rung.role.slug;
  const steps = [
    { label: "Step below", step: rung.below, none: "This is the first step." },
    { label: "Next step", step: rung.above, none: "This is the top step." },
  ];
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <p>
        Step {rung.level} of {total} on the <a href={rungUrl(ladder.slug, role)}>{lowerFirst(ladder.title)}</a>.
      </p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {steps.map(({ label, step, none }) => (
          <li key={label}>
            {step ? (
              <>
                {label}: <a href={roleUrl(step.slug)}>{step.title}</a>
              </>
            ) : (
              none
            )}
          </li>
        ))}
      </ul>
      <p className="no-print mt-3">
        <a href={selfCheckUrl(ladder.slug, role)}>Where am I? Tick what you do at this step and the next</a>
      </p>
    </div>
  );
}
