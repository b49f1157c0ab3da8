import { RaciLegend } from "@/components/raci-legend";
import { ResponsibilityMatrix, familyRowId } from "@/components/responsibility-matrix";
import { pageMetadata } from "@/lib/site/metadata";
import { getModel } from "@/lib/model/queries";
import { responsibilityMatrix } from "@/lib/responsibilities/map";
import { RESPONSIBILITIES, RESPONSIBILITIES_CSV, WHO_DOES_WHAT_IN_SCRUM, YOUR_TEAM, areaUrl, teamUrl } from "@/lib/site/routes";
import { TitledSection } from "@/components/titled-section";
import { IndexHeader } from "@/components/page-header";

export const metadata = pageMetadata({
  title: "Who does what",
  description: "Every role against every area of work, as Responsible, Accountable, Consulted or Informed, with the places where sources disagree marked.",
  path: RESPONSIBILITIES,
});

export default function ResponsibilitiesPage() {
  const model = getModel();
  const matrix = responsibilityMatrix(model);
  const differs = matrix.groups.some((g) => g.rows.some((r) => r.cells.some((c) => c?.differs)));
  return (
    <>
      <IndexHeader title="Who does what">
        Every role against every area of work a product team has to cover. Each letter comes from responsibilities on the role&apos;s own page: follow it to
        read which, beside every other role&apos;s part in that area. Who is accountable in practice depends on the shape of the team, so each team shape has
        its own table.
      </IndexHeader>
      <nav aria-labelledby="by-team" className="mt-6 rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
        <h2 id="by-team" className="text-base font-semibold">
          Filter by team shape
        </h2>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
          {model.teams.map((t) => (
            <li key={t.slug}>
              <a href={teamUrl(t.slug)}>{t.title}</a>
            </li>
          ))}
          <li>
            <a href={YOUR_TEAM}>Your own team</a>
          </li>
        </ul>
      </nav>
      {matrix.groups.length > 1 && (
        <nav aria-labelledby="by-family" className="mt-4 rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
          <h2 id="by-family" className="text-base font-semibold">
            Jump to a family of roles
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
            {matrix.groups.map((g) => (
              <li key={g.family}>
                <a href={`#${familyRowId(g.family)}`}>
                  {g.label} ({g.rows.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <RaciLegend differs={differs} />
      <ResponsibilityMatrix caption="Each role's level in each area of work" areas={matrix.areas} groups={matrix.groups} />
      <p className="mt-4">
        <a href={RESPONSIBILITIES_CSV} download>
          Download as CSV
        </a>{" "}
        (a row for each responsibility of each role, with its level and address)
      </p>

      <TitledSection id="areas" title="Areas of work" className="mt-12">
        <dl className="grid gap-4 sm:grid-cols-2">
          {model.areas.map((a) => (
            <div key={a.slug}>
              <dt className="font-semibold">
                <a href={areaUrl(a.slug)}>{a.title}</a>
              </dt>
              <dd className="text-slate-700 dark:text-slate-300">{a.definition}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-6">
          Scrum events and artefacts have their own table: <a href={WHO_DOES_WHAT_IN_SCRUM}>who does what in Scrum</a>.
        </p>
      </TitledSection>
    </>
  );
}
