import { LEVELS, SCRUM_ACTIVITIES, type ScrumPart } from "@/lib/content/schema";
import { Html } from "./html";
import { levelClass } from "@/lib/responsibilities/raci";
import { inTeamsOf } from "@/lib/responsibilities/map";
import { teamUrl } from "@/lib/site/routes";
import { InlineLinks } from "./link-list";

type TeamRef = { slug: string; title: string };

/** The role's part in each Scrum event and artefact, saying which Scrum team shapes the letters hold in, and where one differs. */
export function ScrumParts({ parts, teams }: { parts: readonly ScrumPart[]; teams: readonly TeamRef[] }) {
  const groups = [
    { kind: "event", label: "Events" },
    { kind: "artefact", label: "Artefacts" },
  ] as const;
  return (
    <div className="space-y-6">
      <p className="max-w-prose">
        These levels hold when the team works in Scrum
        {teams.length > 0 && (
          <>
            , as in the team shape{teams.length > 1 && "s"} <InlineLinks links={teams.map((t) => ({ href: teamUrl(t.slug), label: t.title }))} last=" and " />
          </>
        )}
        , unless a level names another team shape.
      </p>
      {groups.map((g) => {
        const items = parts.filter((p) => SCRUM_ACTIVITIES[p.activity].kind === g.kind);
        if (!items.length) return null;
        return (
          <div key={g.kind}>
            <h3 className="mb-2 text-lg font-semibold">{g.label}</h3>
            <dl className="space-y-3">
              {items.map((p) => (
                <div key={p.activity}>
                  <dt className="font-semibold">
                    {SCRUM_ACTIVITIES[p.activity].label} <span className={`ml-1 rounded px-1.5 text-sm ${levelClass(p.level)}`}>{LEVELS[p.level].name}</span>
                    {inTeamsOf(p, teams).map(({ level, team }) => (
                      <span key={team.slug} className="font-normal">
                        ; {LEVELS[level].name} in <a href={teamUrl(team.slug)}>{team.title}</a>
                      </span>
                    ))}
                  </dt>
                  <dd>
                    <Html html={p.html} className="prose max-w-prose" />
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </div>
  );
}
