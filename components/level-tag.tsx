import { LEVELS, type Level } from "@/lib/content/schema";
import { levelClass } from "@/lib/responsibilities/raci";

/** A responsibility's level and area, linking to who else works in that area. Kept small: a profile has dozens. */
export function LevelTag({ level, areaTitle, href }: { level: Level; areaTitle: string; href: string }) {
  return (
    <p className="level-tag">
      <b className={levelClass(level)} title={LEVELS[level].name}>
        <span aria-hidden="true">{level}</span>
        <span className="sr-only">{LEVELS[level].name} for</span>
      </b>{" "}
      <a href={href}>{areaTitle}</a>
    </p>
  );
}
