import type { AreaCoverage } from "@/lib/responsibilities/map";
import { areaDifferUrl, areaRulingUrl, roleItemUrl } from "@/lib/site/routes";
import { RulingWho } from "./ruling";
import { ComparisonTable } from "./comparison-table";
import { RaciCell } from "./raci-cell";

/** A team shape's matrix: areas down the side, its roles across, and what the team shape says about each area. */
export function TeamCoverageTable({
  caption,
  roles,
  rows,
  team,
}: {
  caption: string;
  /** The team shape, whose rulings the rows link to. */
  team?: string;
  roles: readonly { slug: string; title: string }[];
  rows: readonly AreaCoverage[];
}) {
  return (
    <ComparisonTable
      caption={caption}
      labelHeading="Area of work"
      columns={[...roles.map((r) => r.title), "In this team"]}
      empty="No part."
      rows={rows.map((c) => ({
        id: `area-${c.area.slug}`,
        label: c.area.title,
        cells: [
          ...roles.map((role) => {
            const part = c.parts.find((p) => p.role.slug === role.slug);
            if (!part) return undefined;
            const changed = part.pageLevel !== part.level;
            return (
              <RaciCell key={role.slug} level={part.level} label={`${role.title}, ${c.area.title}`} differs={changed && c.differ.length > 0}>
                {part.items.length > 0 ? (
                  <ul className="list-disc space-y-1 pl-4">
                    {part.items.map((item) => (
                      <li key={item.id}>
                        <a href={roleItemUrl(role.slug, item.id)}>{item.title}</a> ({item.level})
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>The role&apos;s page lists nothing here; this team shape gives it the area.</p>
                )}
                {changed && part.pageLevel && (
                  <p className="mt-1">
                    The role&apos;s page says {part.pageLevel}; in this team shape it is {part.level}.{" "}
                    {c.differ.length > 0 && <a href={areaDifferUrl(c.area.slug)}>Sources differ</a>}
                  </p>
                )}
              </RaciCell>
            );
          }),
          <div key="team" className="text-sm">
            {c.gap ? (
              <strong>Gap</strong>
            ) : (
              <>
                {c.ruling?.kind === "accountable" && "Accountable: "}
                <RulingWho ruling={c.ruling} roleTitle={(slug) => roles.find((r) => r.slug === slug)?.title ?? slug} />
              </>
            )}
            {c.ruling && c.ruling.kind !== "accountable" && <span className="block">{c.ruling.reason}</span>}
            {c.ruling?.note && <span className="block">{c.ruling.note}</span>}
            {team && (
              <a className="mt-1 block py-0.5" href={areaRulingUrl(c.area.slug, team)}>
                The ruling and its source
              </a>
            )}
          </div>,
        ],
      }))}
    />
  );
}
