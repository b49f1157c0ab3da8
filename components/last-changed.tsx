import type { Change } from "@/lib/model/changes";
import { changeUrl } from "@/lib/site/routes";

/** A date as a reader says it: 23 November 2026. */
export const formatDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * "Last changed <date>: <what changed>.", the date linking to the change on /changes. Short, and without a <time> element: it is on
 * the longest profile, whose every byte counts (e2e/budgets.spec.ts), and the link's target names the date.
 */
export function LastChanged({ change }: { change: Change & { id: string } }) {
  return (
    <>
      Last changed <a href={changeUrl(change.id)}>{formatDate(change.date)}</a>
      {change.note ? `: ${change.note}` : "."}
    </>
  );
}
