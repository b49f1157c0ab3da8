import type { ReactNode } from "react";
import { Island } from "./island";
import { WHAT_IF, YOUR_TEAM, YOUR_TEAM_CSV, YOUR_TEAM_PARAM } from "@/lib/site/routes";

export const checkboxId = (slug: string) => `yt-${slug}`;

/** What a page built on this form loads: the stylesheet that carries its rule, and the islands that keep the address in step. */
export function TeamFormAssets({ stylesheet }: { stylesheet: string }) {
  return (
    <>
      {/* React hoists a stylesheet with a precedence into <head>. */}
      <link rel="stylesheet" href={stylesheet} precedence="default" />
      <Island name="ticks" />
      <Island name="your-team" />
    </>
  );
}

/**
 * The roles a reader can tick. The coverage table beside it reacts through CSS alone (see
 * components/your-team-css.ts); the your-team island only keeps the address in step, so a link shares the team.
 */
export function YourTeamForm({
  families,
  action = YOUR_TEAM,
  children,
}: {
  families: readonly { family: string; label: string; roles: readonly { slug: string; title: string }[] }[];
  /** The page the form shows its answer on: "your team", or "what if" (which adds its own controls as children). */
  action?: string;
  children?: ReactNode;
}) {
  return (
    <form
      action={action}
      method="get"
      id="your-team-form"
      data-ticks={YOUR_TEAM_PARAM}
      className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <fieldset>
        <legend className="text-xl font-semibold">Roles in your team</legend>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {families.map((f) => (
            <div key={f.family} role="group" aria-labelledby={`yt-family-${f.family}`}>
              <p id={`yt-family-${f.family}`} className="font-semibold">
                {f.label}
              </p>
              <ul className="mt-1 space-y-1">
                {f.roles.map((r) => (
                  <li key={r.slug} className="flex items-center gap-2">
                    <input type="checkbox" name={YOUR_TEAM_PARAM} value={r.slug} id={checkboxId(r.slug)} className="h-5 w-5 accent-brand-700" />
                    <label htmlFor={checkboxId(r.slug)}>{r.title}</label>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </fieldset>
      {children}
      <p className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700 dark:text-slate-300">
        <span>{action === YOUR_TEAM ? "The table updates as you tick." : "The page updates as you choose."}</span>
        {/* Without JavaScript this puts the ticked roles in the address to share; the island keeps the address up to date instead. */}
        <button
          type="submit"
          id="yt-submit"
          className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-700 dark:border-brand-300 dark:text-brand-300"
        >
          Make a link to this team
        </button>
        <a href={action} id="yt-share" data-share="">
          Link to this team
        </a>
        {action === YOUR_TEAM && (
          // The same team, on the page that asks what if one person holds two roles or one leaves.
          <button type="submit" formAction={WHAT_IF} className="font-semibold text-brand-700 underline dark:text-brand-300">
            What if…
          </button>
        )}
        {/* Sends the ticked roles to `npm start`, which answers with the file; the island makes the file itself instead. */}
        <button type="submit" formAction={YOUR_TEAM_CSV} id="yt-csv" className="font-semibold text-brand-700 underline dark:text-brand-300">
          Download as CSV
        </button>
      </p>
    </form>
  );
}
