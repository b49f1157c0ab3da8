import { roleUrl, rungUrl, selfCheckUrl } from "@/lib/site/routes";

interface Step {
  slug: string;
  title: string;
}

/** Where a role sits on a career ladder: its step, and the steps either side. */
export function LadderPosition({
  ladder,
  role,
  level,
  total,
  below,
  above,
}: {
  ladder: Step;
  role: string;
  level: number;
  total: number;
  below?: Step;
  above?: Step;
}) {
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <p>
        Step {level} of {total} on the <a href={rungUrl(ladder.slug, role)}>{ladder.title.replace(/^./, (c) => c.toLowerCase())}</a>.
      </p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        <li>
          {below ? (
            <>
              Step below: <a href={roleUrl(below.slug)}>{below.title}</a>
            </>
          ) : (
            "This is the first step."
          )}
        </li>
        <li>
          {above ? (
            <>
              Next step: <a href={roleUrl(above.slug)}>{above.title}</a>
            </>
          ) : (
            "This is the top step."
          )}
        </li>
      </ul>
      <p className="no-print mt-3">
        <a href={selfCheckUrl(ladder.slug, role)}>Where am I? Tick what you do at this step and the next</a>
      </p>
    </div>
  );
}
