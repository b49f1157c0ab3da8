import { areaDifferUrl, areaUrl, teamUrl } from "@/lib/site/routes";
import type { Area } from "@/lib/content/schema";

interface Props {
  roleTitle: string;
  shapes: readonly {
    team: { slug: string; title: string };
    accountableFor: readonly Pick<Area, "slug" | "title">[];
    gainedFromTeam: readonly Pick<Area, "slug" | "title">[];
    yields: readonly { area: Pick<Area, "slug" | "title">; to: readonly { title: string }[]; differ: readonly unknown[] }[];
  }[];
}

const areaLinks = (areas: Props["shapes"][number]["accountableFor"]) =>
  areas.map((a, i) => (
    <span key={a.slug}>
      {i > 0 && ", "}
      <a href={areaUrl(a.slug)}>{a.title.replace(/^./, (c) => c.toLowerCase())}</a>
    </span>
  ));

/** What the role answers for in each team shape that includes it, and where the team gives its usual accountability to someone else. */
export function RoleTeamShapes({ roleTitle, shapes }: Props) {
  return (
    <ul className="space-y-4">
      {shapes.map((s) => (
        <li key={s.team.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <h3 className="font-semibold">
            <a href={teamUrl(s.team.slug)}>{s.team.title}</a>
          </h3>
          <p className="mt-1">
            {s.accountableFor.length ? <>Accountable for {areaLinks(s.accountableFor)}.</> : <>Accountable for no area of work in this team shape.</>}
            {s.gainedFromTeam.length > 0 && (
              <>
                {" "}
                This team shape adds {areaLinks(s.gainedFromTeam)} to what the {roleTitle}&apos;s page lists.
              </>
            )}
          </p>
          {s.yields.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {s.yields.map((y) => (
                <li key={y.area.slug}>
                  This page makes the {roleTitle} accountable for <a href={areaUrl(y.area.slug)}>{y.area.title.toLowerCase()}</a>, but in this team shape{" "}
                  {y.to.length ? `the ${y.to.map((r) => r.title).join(" and the ")} is` : "no one is"}.{" "}
                  {y.differ.length > 0 && <a href={areaDifferUrl(y.area.slug)}>Sources differ: read why</a>}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
