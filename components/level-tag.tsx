import Link from "next/link";
import { LEVELS, type Level } from "@/lib/schema";
import { LEVEL_STYLES } from "./raci-cell";

/** A responsibility's level and area, linking to who else works in that area. Kept small: a profile has dozens. */
export function LevelTag({ level, areaTitle, href }: { level: Level; areaTitle: string; href: string }) {
  return (
    <p className="level-tag">
      <b className={LEVEL_STYLES[level]} title={LEVELS[level].name}>
        <span aria-hidden="true">{level}</span>
        <span className="sr-only">{LEVELS[level].name} for</span>
      </b>{" "}
      <Link href={href}>{areaTitle}</Link>
    </p>
  );
}
