import { LEVELS, SCRUM_ACTIVITIES, type ScrumPart } from "@/lib/content/schema";
import { Html } from "./html";
import { levelClass } from "@/lib/responsibilities/raci";

export function ScrumParts({ parts }: { parts: readonly ScrumPart[] }) {
  const groups = [
    { kind: "event", label: "Events" },
    { kind: "artefact", label: "Artefacts" },
  ] as const;
  return (
    <div className="space-y-6">
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
