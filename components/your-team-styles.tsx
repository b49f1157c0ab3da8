import { checkboxId } from "./your-team-form";

export const rowId = (area: string) => `yt-area-${area}`;

/**
 * The "your team" rule, written as CSS so that it works without JavaScript: a role's name shows
 * when its box is ticked; an area shows a gap when no ticked role is responsible or accountable,
 * "no one accountable" when ticked roles do the work but none answers for it, and an overlap
 * when two ticked roles are accountable. The conditions come from lib (coverageConditions),
 * which a test checks against the coverage function itself.
 */
export function YourTeamStyles({
  roles,
  conditions,
}: {
  roles: readonly string[];
  conditions: readonly { area: string; doers: string[]; accountable: string[] }[];
}) {
  const ticked = (slug: string) => `#${checkboxId(slug)}:checked`;
  const any = (slugs: readonly string[]) => slugs.map(ticked).join(", ");
  const BLOCK = "{display:block}";
  const rules: string[] = roles.map((slug) => `.yt:has(${ticked(slug)}) [data-yt-role="${slug}"]${BLOCK}`);
  for (const c of conditions) {
    const row = `#${rowId(c.area)}`;
    if (c.accountable.length) {
      rules.push(`.yt:not(:has(${any(c.accountable)})) ${row} .yt-noa${BLOCK}`);
      rules.push(`.yt:not(:has(${any(c.accountable)})) ${row} .yt-ok{display:none}`);
    } else {
      rules.push(`${row} .yt-noa${BLOCK}`, `${row} .yt-ok{display:none}`);
    }
    if (c.doers.length) {
      rules.push(`.yt:not(:has(${any(c.doers)})) ${row} .yt-gap${BLOCK}`);
      rules.push(`.yt:not(:has(${any(c.doers)})) ${row} .yt-noa{display:none}`);
    } else {
      rules.push(`${row} .yt-gap${BLOCK}`, `${row} .yt-noa{display:none}`);
    }
    c.accountable.forEach((a, i) =>
      c.accountable.slice(i + 1).forEach((b) => {
        rules.push(`.yt:has(${ticked(a)}):has(${ticked(b)}) ${row} .yt-overlap${BLOCK}`);
        rules.push(`.yt:has(${ticked(a)}):has(${ticked(b)}) ${row} .yt-ok{display:none}`);
      }),
    );
  }
  // React hoists a <style> with href and precedence into <head>, where a style element belongs.
  return (
    <style href="your-team-coverage" precedence="default">
      {rules.join("\n")}
    </style>
  );
}
