import Link from "next/link";
import { LEVELS, type Level } from "@/lib/schema";
import { LEVEL_STYLES } from "./raci-cell";

/** A responsibility's level and area, linking to who else works in that area. */
export function LevelTag({ level, areaTitle, href }: { level: Level; areaTitle: string; href: string }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 text-sm font-normal">
      <span className={`rounded px-1.5 font-bold ${LEVEL_STYLES[level]}`} title={LEVELS[level].name}>
        <span aria-hidden="true">{level}</span>
        <span className="sr-only">{LEVELS[level].name} for</span>
      </span>
      <Link href={href}>{areaTitle}</Link>
    </span>
  );
}
