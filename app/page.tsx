import type { Metadata } from "next";
import { LinkList } from "@/components/link-list";
import { RoleGrid } from "@/components/role-grid";
import { TitledSection } from "@/components/titled-section";
import { getFamilies, getModel } from "@/lib/model/queries";
import { COMPARE, HOME, LADDERS, RESPONSIBILITIES, ROLES, TEAMS, YOUR_TEAM, compareUrl, ladderUrl } from "@/lib/site/routes";
import { SITE_NAME } from "@/lib/site/config";

export const metadata: Metadata = {
  alternates: { canonical: HOME },
  openGraph: { url: HOME, title: `${SITE_NAME}: who does what in a product team` },
};

// After "Browse all roles", the first way in.
const WAYS_IN = [
  [COMPARE, "Compare two roles"],
  [LADDERS, "See the career ladders"],
  [RESPONSIBILITIES, "Who does what, area by area"],
  [TEAMS, "Team shapes and their gaps"],
  [YOUR_TEAM, "Check your own team's coverage"],
] as const;

export default function HomePage() {
  const families = getFamilies();
  const { comparisons, ladders } = getModel();
  return (
    <>
      <div className="max-w-prose">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Who does what in a product team</h1>
        <p className="mt-4 text-lg text-slate-800 dark:text-slate-200">
          {SITE_NAME} defines each role in a product team: what it is for, what it is responsible for, who it works with and how people grow in it. Every
          definition cites its sources. Link to a role, or to one responsibility, to settle a question in a conversation.
        </p>
      </div>

      <section aria-labelledby="start" className="mt-8 grid gap-4 sm:grid-cols-3">
        <h2 id="start" className="sr-only">
          Ways in
        </h2>
        <a href={ROLES} className="rounded-lg bg-brand-700 p-4 font-semibold text-white no-underline hover:bg-brand-800 dark:bg-brand-700 dark:text-white">
          Browse all roles
        </a>
        {WAYS_IN.map(([href, label]) => (
          <a key={href} href={href} className="rounded-lg border border-brand-700 p-4 font-semibold no-underline hover:bg-brand-50 dark:hover:bg-slate-900">
            {label}
          </a>
        ))}
      </section>

      {families.map((f) => (
        <RoleGrid key={f.family} id={`family-${f.family}`} label={f.label} roles={f.roles} />
      ))}

      {comparisons.length > 0 && (
        <TitledSection id="popular-comparisons" title="Popular comparisons">
          <LinkList links={comparisons.map((c) => ({ href: compareUrl(c.roles[0], c.roles[1]), label: c.title, note: `: ${c.summary}` }))} />
        </TitledSection>
      )}

      {ladders.length > 0 && (
        <TitledSection id="home-ladders" title="Career ladders">
          <LinkList links={ladders.map((l) => ({ href: ladderUrl(l.slug), label: l.title, note: `: ${l.summary}` }))} />
        </TitledSection>
      )}
    </>
  );
}
