import { notFound } from "next/navigation";
import { Html } from "@/components/html";
import { LadderSteps } from "@/components/ladder-steps";
import { LastChanged } from "@/components/last-changed";
import { PageHeader } from "@/components/page-header";
import { SourceList } from "@/components/source-list";
import { ThreadList } from "@/components/thread-list";
import { getLadder, getModel } from "@/lib/model/queries";
import { type Rung, ladderRungs } from "@/lib/model/ladder";
import { getLastChange } from "@/lib/model/changes";
import { ladderThreads } from "@/lib/model/threads";
import { documentMetadata } from "@/lib/site/metadata";
import { ladderUrl, roleUrl, selfCheckUrl } from "@/lib/site/routes";
import { pageParams } from "@/lib/site/built-pages";
import { TitledSection } from "@/components/titled-section";
import { InlineLinks } from "@/components/link-list";

export const dynamicParams = false;

export const generateStaticParams = () => pageParams.ladder(getModel());

type Props = { params: Promise<{ slug: string }> };

export const generateMetadata = documentMetadata("slug", getLadder, (l) => ({ title: l.title, description: l.summary, path: ladderUrl(l.slug) }));

const prose = "prose max-w-prose";

export default async function LadderPage({ params }: Props) {
  const ladder = getLadder((await params).slug);
  if (!ladder) notFound();
  const rungs = ladderRungs(getModel(), ladder);
  const threads = ladderThreads(getModel(), ladder);
  return (
    <article>
      <PageHeader eyebrow="Career ladder" title={ladder.title} summary={ladder.summary} internal={ladder.visibility === "internal"} />
      <LadderSteps steps={rungs.map((r) => ({ id: r.role.slug, title: r.role.title }))} />
      <Html html={ladder.aboutHtml} className={prose} />

      <ol className="mt-10 space-y-8">
        {rungs.map((rung) => (
          <RungStep key={rung.role.slug} ladder={ladder.slug} rung={rung} total={rungs.length} />
        ))}
      </ol>

      {threads.length > 0 && (
        <section aria-labelledby="threads" className="mt-12">
          <h2 id="threads" className="mb-2 text-2xl font-bold tracking-tight">
            Threads
          </h2>
          <p className="mb-4 max-w-prose">Follow one line of work up the ladder: each step grows from the one before it.</p>
          <ThreadList threads={threads} />
        </section>
      )}

      <TitledSection id="sources" title="Sources" className="mt-12">
        <SourceList sources={ladder.sources} />
        <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
          <LastChanged change={getLastChange(ladder)} />
        </p>
      </TitledSection>
    </article>
  );
}

/** One step of the ladder: what the role is for, what is new compared with the step below, and the way to check yourself against it. */
function RungStep({ ladder, rung, total }: { ladder: string; rung: Rung; total: number }) {
  return (
    <li
      id={rung.role.slug}
      className="target-highlight scroll-mt-4 rounded-lg border-l-4 border-brand-700 bg-slate-50 p-5 dark:border-brand-300 dark:bg-slate-900"
    >
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">
        Step {rung.level} of {total}
      </p>
      <h2 className="mt-1 text-2xl font-bold tracking-tight">
        <a href={roleUrl(rung.role.slug)}>{rung.role.title}</a>{" "}
        <a href={`#${rung.role.slug}`} className="no-print text-base font-normal text-slate-500 no-underline dark:text-slate-400">
          <span aria-hidden="true">#</span>
          <span className="sr-only">Link to this step</span>
        </a>
      </h2>
      {rung.role.aliases.length > 0 && <p className="text-slate-700 dark:text-slate-300">Also known as {rung.role.aliases.join(", ")}</p>}
      <p className="mt-2 max-w-prose">{rung.role.summary}</p>

      <h3 className="mt-5 text-lg font-semibold">Why this level exists</h3>
      <Html html={rung.role.whyHtml} className={prose} />

      <h3 className="mt-5 text-lg font-semibold">{rung.below ? `New compared with ${rung.below.title}` : "Responsibilities at the first step"}</h3>
      {rung.inherited.length > 0 && (
        <p className="max-w-prose">
          Does everything a <InlineLinks links={rung.inherited.map((g) => ({ href: roleUrl(g.from.slug), label: g.from.title }))} between=" and so a " /> does (
          {rung.inherited.reduce((n, g) => n + g.responsibilities.length, 0)} responsibilities), and adds:
        </p>
      )}
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {rung.added.map((r) => (
          <li key={r.id}>
            <a href={`${roleUrl(rung.role.slug)}#${r.id}`}>{r.title}</a>
          </li>
        ))}
      </ul>
      {rung.carriedOver.length > 0 && rung.below && (
        <p className="mt-3 max-w-prose text-slate-700 dark:text-slate-300">
          Carried over from {rung.below.title}, at a larger scale: {rung.carriedOver.map((c) => c.item.title).join(", ")}.
        </p>
      )}
      <p className="mt-4">
        <a href={roleUrl(rung.role.slug)} className="font-semibold">
          Full profile of the {rung.role.title}
        </a>
        <span className="no-print">
          {" "}
          · <a href={selfCheckUrl(ladder, rung.role.slug)}>Where am I? Check yourself at this step</a>
        </span>
      </p>
    </li>
  );
}
