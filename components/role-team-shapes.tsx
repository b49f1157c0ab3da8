import { LEVELS, type Level } from "@/lib/content/schema";
import { areaRulingUrl, areaUrl, teamUrl } from "@/lib/site/routes";
import { InlineLinks } from "./link-list";
import { lowerFirst } from "@/lib/site/text";

interface Props {
  roleTitle: string;
  shapes: readonly {
    team: { slug: string; title: string };
    accountableFor: readonly { slug: string; title: string }[];
    changed: readonly { area: { slug: string; title: string }; own?: Level; here?: Level }[];
  }[];
}

const levelName = (level: Level | undefined) => (level ? `${LEVELS[level].name.toLowerCase()} (${level})` : "not involved");

/** What the role answers for in each team shape that includes it, and each area where its letter there differs from its own, linked to the ruling. */
export function RoleTeamShapes({ roleTitle, shapes }: Props) {
  return (
    <ul className="space-y-4">
      {shapes.map((s) => (
        <li key={s.team.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <h3 className="font-semibold">
            <a href={teamUrl(s.team.slug)}>{s.team.title}</a>
          </h3>
          <p className="mt-1">
            {s.accountableFor.length ? (
              <>
                Accountable for <InlineLinks links={s.accountableFor.map((a) => ({ href: areaUrl(a.slug), label: lowerFirst(a.title) }))} />.
              </>
            ) : (
              <>Accountable for no area of work in this team shape.</>
            )}
          </p>
          {s.changed.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {s.changed.map((c) => (
                <li key={c.area.slug}>
                  <a href={areaRulingUrl(c.area.slug, s.team.slug)}>{c.area.title}</a>: {levelName(c.here)} here, where the {roleTitle} is otherwise{" "}
                  {levelName(c.own)}.
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
