import type { compareAreas } from "@/lib/responsibilities/map";
import { PAIR_ROW_PREFIXES } from "@/lib/content/comparison-sections";
import { RESPONSIBILITIES, areaDifferUrl, areaRulingUrl, roleItemUrl, teamUrl } from "@/lib/site/routes";
import { RULING_LABELS } from "@/lib/responsibilities/raci";
import { ComparisonTable } from "./comparison-table";
import { RaciCell } from "./raci-cell";
import { RaciLegend } from "./raci-legend";
import { InlineLinks } from "./link-list";

type Areas = ReturnType<typeof compareAreas>;

/** Two roles' levels in every area either works in, and who is accountable in each team shape that has either role. */
export function PairAccountability({ roles, areas }: { roles: readonly [{ slug: string; title: string }, { slug: string; title: string }]; areas: Areas }) {
  const [a, b] = roles;
  return (
    <>
      <p className="mb-4 max-w-prose">
        Each role&apos;s level in every area of work, as its own page states it, and who answers for it in each team shape that includes either role, linked to
        that shape&apos;s ruling and its source. Open a letter for the responsibilities behind it. A star marks an area where the sources disagree about these
        two roles.
      </p>
      <RaciLegend differs={areas.rows.some((r) => r.differs)} />
      <ComparisonTable
        caption={`${a.title} and ${b.title}: levels by area of work`}
        labelHeading="Area of work"
        columns={[a.title, b.title, ...areas.teams.map((t) => `Accountable in: ${t.title}`)]}
        empty="No part."
        rows={areas.rows.map((row) => ({
          id: `${PAIR_ROW_PREFIXES.area}${row.area.slug}`,
          label: row.area.title,
          cells: [
            ...roles.map((role, i) => {
              const level = row.levels[i];
              return (
                level && (
                  <RaciCell key={role.slug} level={level} label={`${role.title}, ${row.area.title}`} differs={row.differs}>
                    <ul className="list-disc pl-4">
                      {row.items[i]!.map((r) => (
                        <li key={r.id}>
                          <a href={roleItemUrl(role.slug, r.id)}>{r.title}</a> ({r.level})
                        </li>
                      ))}
                    </ul>
                    {row.differs && (
                      <p className="mt-1">
                        <a href={areaDifferUrl(row.area.slug)}>Sources differ: read the note</a>
                      </p>
                    )}
                  </RaciCell>
                )
              );
            }),
            ...row.teams.map((t) => (
              <a key={t.team.slug} href={areaRulingUrl(row.area.slug, t.team.slug)}>
                {t.ruling?.kind === "accountable" ? (t.accountable[0]?.title ?? t.ruling.role) : t.ruling ? RULING_LABELS[t.ruling.kind] : "No ruling"}
              </a>
            )),
          ],
        }))}
      />
      <p className="mt-3">
        Team shapes: <InlineLinks links={areas.teams.map((t) => ({ href: teamUrl(t.slug), label: t.title }))} />.{" "}
        <a href={RESPONSIBILITIES}>All areas of work</a>.
      </p>
    </>
  );
}
