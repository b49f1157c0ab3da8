import type { Metadata } from "next";
import { TeamFormAssets, YourTeamForm } from "@/components/your-team-form";
import { shapeNoteId } from "@/components/your-team-css";
import { CoverageTable } from "@/components/your-team-table";
import { pageMetadata } from "@/lib/site/metadata";
import { getFamilies, getModel } from "@/lib/model/queries";
import { TEAMS, YOUR_TEAM, YOUR_TEAM_CSS, teamUrl, yourTeamUrl } from "@/lib/site/routes";
import { InlineLinks } from "@/components/link-list";
import { IndexHeader } from "@/components/page-header";
import { lowerFirst } from "@/lib/site/text";

export const metadata: Metadata = pageMetadata({
  title: "Your team",
  description: "Tick the roles your team has and see who covers each area of work, where the gaps are and where two roles both think they have the final say.",
  path: YOUR_TEAM,
});

export default function YourTeamPage() {
  const model = getModel();
  return (
    <div className="yt">
      <TeamFormAssets stylesheet={YOUR_TEAM_CSS} />
      <IndexHeader title="Your team">
        Tick the roles your team has. The table shows who covers each area of work, the areas no one covers, and the areas where two roles both think they have
        the final say, with what to do about each. It uses each role&apos;s own page; the <a href={TEAMS}>team shapes</a> show how common teams settle the
        overlaps.
      </IndexHeader>
      <p className="mt-2 max-w-prose">
        Start from a team shape: <InlineLinks links={model.teams.map((t) => ({ href: yourTeamUrl(t.roles), label: lowerFirst(t.title) }))} />.
      </p>
      <YourTeamForm families={getFamilies()} />

      {model.teams.map((t) => (
        <p
          key={t.slug}
          id={shapeNoteId(t.slug)}
          className="yt-shape mt-6 rounded-lg border border-brand-700 bg-brand-50 p-4 dark:border-brand-300 dark:bg-slate-900"
        >
          These are the roles of the <a href={teamUrl(t.slug)}>{lowerFirst(t.title)}</a> shape. Its page shows how that shape settles the overlaps below, and
          why.
        </p>
      ))}

      <CoverageTable model={model} />
    </div>
  );
}
