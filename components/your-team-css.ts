import { checkboxId } from "./your-team-form";

export const rowId = (area: string) => `yt-area-${area}`;
export const shapeNoteId = (team: string) => `yt-shape-${team}`;

const BLOCK = "{display:block}";
const NONE = "{display:none}";

/**
 * The "your team" rule, written as CSS so that it works without JavaScript: a role's name shows
 * when its box is ticked; an area shows a gap when no ticked role is responsible or accountable,
 * "no one accountable" when ticked roles do the work but none answers for it, and an overlap
 * when two ticked roles are accountable. Later rules win ties, so a gap hides "no one
 * accountable", and a role that a team shape makes accountable replaces both. The conditions come from lib (coverageConditions), which a test checks against
 * the coverage function itself. When exactly a team shape's roles are ticked, a note points to
 * that shape. Served as a stylesheet, so the CSP needs no inline styles.
 */
export function yourTeamCss(
  roles: readonly string[],
  conditions: readonly { area: string; doers: readonly string[]; accountable: readonly string[]; canAnswer?: readonly { role: string }[] }[],
  teams: readonly { slug: string; roles: readonly string[] }[] = [],
): string {
  const ticked = (slug: string) => `#${checkboxId(slug)}:checked`;
  const none = (slugs: readonly string[]) => (slugs.length ? `.yt:not(:has(${slugs.map(ticked).join(", ")})) ` : "");
  const rules: string[] = roles.map((slug) => `.yt:has(${ticked(slug)}) [data-yt-role="${slug}"]${BLOCK}`);
  for (const c of conditions) {
    const row = `#${rowId(c.area)}`;
    rules.push(`${none(c.accountable)}${row} .yt-noa${BLOCK}`, `${none(c.accountable)}${row} .yt-ok${NONE}`);
    rules.push(`${none(c.doers)}${row} .yt-gap${BLOCK}`, `${none(c.doers)}${row} .yt-noa${NONE}`);
    // A role that a team shape makes accountable answers for the area when no ticked role's own page does (more specific, so it wins).
    for (const { role } of c.canAnswer ?? []) {
      const can = `.yt${c.accountable.length ? `:not(:has(${c.accountable.map(ticked).join(", ")}))` : ""}:has(${ticked(role)}) ${row}`;
      rules.push(`${can} .yt-can[data-yt-can="${role}"]${BLOCK}`, `${can} .yt-noa, ${can} .yt-gap, ${can} .yt-ok${NONE}`);
    }
    c.accountable.forEach((a, i) =>
      c.accountable.slice(i + 1).forEach((b) => {
        const both = `.yt:has(${ticked(a)}):has(${ticked(b)}) ${row}`;
        rules.push(`${both} .yt-overlap${BLOCK}`, `${both} .yt-ok${NONE}`);
      }),
    );
  }
  // A team shape's note shows when exactly its roles are ticked: all of them, and no other.
  for (const t of teams) {
    const others = roles.filter((r) => !t.roles.includes(r));
    rules.push(
      `.yt${t.roles.map((r) => `:has(${ticked(r)})`).join("")}${others.length ? `:not(:has(${others.map(ticked).join(", ")}))` : ""} #${shapeNoteId(t.slug)}${BLOCK}`,
    );
  }
  return `${rules.join("\n")}\n`;
}
