import { ComparisonTable } from "@/components/comparison-table";
import { Html } from "@/components/html";
import { RaciCell } from "@/components/raci-cell";
import { RaciLegend } from "@/components/raci-legend";
import { pageMetadata } from "@/lib/site/metadata";
import { getModel } from "@/lib/model/queries";
import { WHO_DOES_WHAT_PAGE, whoDoesWhat } from "@/lib/model/compare";
import { RESPONSIBILITIES, WHO_DOES_WHAT_IN_SCRUM, roleItemUrl, roleUrl, teamUrl } from "@/lib/site/routes";
import { inTeamsOf } from "@/lib/responsibilities/map";
import { LEVELS } from "@/lib/content/schema";
import { IndexHeader } from "@/components/page-header";
import { InlineLinks } from "@/components/link-list";

export const metadata = pageMetadata({
  ...WHO_DOES_WHAT_PAGE,
  path: WHO_DOES_WHAT_IN_SCRUM,
});

export default function WhoDoesWhat() {
  const model = getModel();
  const { roles, rows } = whoDoesWhat(model);
  const columns = roles.map((r) => r.title);
  const table = (kind: "event" | "artefact", caption: string, labelHeading: string) => (
    <ComparisonTable
      caption={caption}
      labelHeading={labelHeading}
      columns={columns}
      empty="No part."
      rows={rows
        .filter((r) => r.kind === kind)
        .map((r) => ({
          id: r.activity,
          label: r.label,
          cells: r.cells.map(
            (cell, i) =>
              cell && (
                <RaciCell key={i} level={cell.level} label={`${roles[i]!.title}, ${r.label}`}>
                  {inTeamsOf(cell, model.teams).map((t) => (
                    <p key={t.team.slug} className="font-semibold">
                      {LEVELS[t.level].name} in the <a href={teamUrl(t.team.slug)}>{t.team.title.toLowerCase()}</a> shape.
                    </p>
                  ))}
                  <Html html={cell.html} className="prose prose-sm max-w-none" />
                  <p className="mt-1">
                    <a href={roleItemUrl(roles[i]!.slug, "scrum-events-and-artefacts")}>On the {roles[i]!.title} page</a>
                  </p>
                </RaciCell>
              ),
          ),
        }))}
    />
  );
  return (
    <>
      <IndexHeader title={WHO_DOES_WHAT_PAGE.title}>
        Each role&apos;s part in each Scrum event and artefact, as its own page describes it. The letter says how involved the role is; open it for what the
        role does there, and the team shapes where its part differs. Roles:{" "}
        <InlineLinks links={roles.map((r) => ({ href: roleUrl(r.slug), label: r.title }))} />. For the whole of a team&apos;s work, not only Scrum, see{" "}
        <a href={RESPONSIBILITIES}>who does what, by area of work</a>.
      </IndexHeader>
      <RaciLegend />
      <h2 className="mt-10 mb-4 text-2xl font-bold tracking-tight">Events</h2>
      {table("event", "Each role's part in each Scrum event", "Event")}
      <h2 className="mt-10 mb-4 text-2xl font-bold tracking-tight">Artefacts</h2>
      {table("artefact", "Each role's part in each Scrum artefact", "Artefact")}
    </>
  );
}
