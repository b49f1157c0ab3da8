import { pageMetadata } from "@/lib/site/metadata";
import { getModel, getRoleTitles } from "@/lib/model/queries";
import { coverage } from "@/lib/responsibilities/map";
import { RESPONSIBILITIES, TEAMS, YOUR_TEAM, teamUrl } from "@/lib/site/routes";
import { IndexHeader } from "@/components/page-header";

export const metadata = pageMetadata({
  title: "Team shapes",
  description: "Common shapes of product team, who is accountable for what in each, and the gaps each leaves. Or check your own team's coverage.",
  path: TEAMS,
});

export default function TeamsPage() {
  const model = getModel();
  const titles = getRoleTitles();
  return (
    <>
      <IndexHeader title="Team shapes">
        Who answers for the backlog, the sprint goal or the budget depends on which roles a team has. Each shape below says who is accountable for every area of
        work, and which areas it leaves uncovered.
      </IndexHeader>
      <p className="mt-4">
        <a href={YOUR_TEAM} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
          Check your own team
        </a>
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {model.teams.map((t) => {
          const gaps = coverage(model, t.roles, t).filter((c) => c.gap).length;
          return (
            <li key={t.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <h2 className="text-xl font-semibold">
                <a href={teamUrl(t.slug)}>{t.title}</a>
              </h2>
              <p className="mt-2">{t.summary}</p>
              <p className="mt-2 text-slate-700 dark:text-slate-300">{t.roles.map((s) => titles.get(s) ?? s).join(", ")}</p>
              <p className="mt-1 text-slate-700 dark:text-slate-300">
                {gaps === 0 ? "Covers every area of work." : `Leaves ${gaps} ${gaps === 1 ? "area" : "areas"} uncovered.`}
              </p>
            </li>
          );
        })}
      </ul>
      <p className="mt-8">
        All roles against all areas: <a href={RESPONSIBILITIES}>who does what</a>.
      </p>
    </>
  );
}
