import { LEVELS, type Level } from "@/lib/content/schema";
import { levelClass } from "@/lib/responsibilities/raci";
import { areaRulingUrl, areaUrl } from "@/lib/site/routes";

/** Where a letter differs by team shape: the level there, and the shape (linked to its ruling on the area). */
export type InTeam = { level: Level; team: { slug: string; title: string } };

/**
 * A responsibility's level and area, linking to who else works in that area, then the level in
 * each team shape where it differs, linking to that shape's ruling. Kept small: a profile has dozens.
 */
export function LevelTag({ level, area, areaTitle, inTeams = [] }: { level: Level; area: string; areaTitle: string; inTeams?: readonly InTeam[] }) {
  return (
    <p className="level-tag">
      <b className={levelClass(level)} title={LEVELS[level].name}>
        <span aria-hidden="true">{level}</span>
        <span className="sr-only">{LEVELS[level].name} for</span>
      </b>{" "}
      <a href={areaUrl(area)}>{areaTitle}</a>
      {inTeams.map((t) => (
        <span key={t.team.slug}>
          ; {t.level} in <a href={areaRulingUrl(area, t.team.slug)}>{t.team.title}</a>
        </span>
      ))}
    </p>
  );
}
