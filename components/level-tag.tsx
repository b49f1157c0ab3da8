import { LEVELS, type Level } from "@/lib/content/schema";
import { levelClass } from "@/lib/responsibilities/raci";
import type { inTeamsOf } from "@/lib/responsibilities/map";
import { areaRulingUrl, areaUrl } from "@/lib/site/routes";

/**
 * A responsibility's level and area, linking to who else works in that area, then the level in
 * each team shape where it differs, linking to that shape's ruling. Kept small: a profile has dozens.
 */
export function LevelTag({ level, area, areaTitle, inTeams }: { level: Level; area: string; areaTitle: string; inTeams: ReturnType<typeof inTeamsOf> }) {
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
