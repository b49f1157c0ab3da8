import type { Ruling, Source } from "@/lib/content/schema";
import { RULING_LABELS } from "@/lib/responsibilities/raci";
import { roleUrl } from "@/lib/site/routes";

/** Who answers for an area under a ruling: the role, or the words for the whole team, outside or a gap. */
export function RulingWho({ ruling, roleTitle }: { ruling: Ruling | undefined; roleTitle?: (slug: string) => string }) {
  if (!ruling) return <>No ruling</>;
  if (ruling.kind === "accountable") return <a href={roleUrl(ruling.role)}>{roleTitle?.(ruling.role) ?? ruling.role}</a>;
  return <>{RULING_LABELS[ruling.kind]}</>;
}

/** Why: the reason, the team's note, and the quoted words of the source with a link a reader can follow. */
export function RulingWhy({ ruling, sources }: { ruling: Ruling; sources: readonly Source[] }) {
  const source = sources.find((s) => s.title === ruling.source);
  return (
    <>
      {ruling.kind !== "accountable" && <span className="block">{ruling.reason}</span>}
      {ruling.note && <span className="block">{ruling.note}</span>}
      {ruling.quote && (
        <span className="mt-1 block">
          <q>{ruling.quote}</q> ({source?.url ? <a href={source.url}>{source.title}</a> : ruling.source})
        </span>
      )}
    </>
  );
}
