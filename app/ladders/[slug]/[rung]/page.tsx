import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Island } from "@/components/island";
import { PageHeader } from "@/components/page-header";
import { checkboxId, doneId, leftId } from "@/components/self-check-css";
import { getLadder, getModel } from "@/lib/model/queries";
import { type CheckItem, selfCheck } from "@/lib/model/ladder";
import { pageMetadata } from "@/lib/site/metadata";
import { SELF_CHECK_CSS, SELF_CHECK_PARAM, ladderUrl, roleItemUrl, roleUrl, rungUrl, selfCheckUrl } from "@/lib/site/routes";
import { pageParams } from "@/lib/site/built-pages";
import { lowerFirst } from "@/lib/site/text";

export const dynamicParams = false;

export const generateStaticParams = () => pageParams.selfCheck(getModel());

type Props = { params: Promise<{ slug: string; rung: string }> };

function load(slug: string, rung: string) {
  const ladder = getLadder(slug);
  const check = ladder && selfCheck(getModel(), ladder, rung);
  return ladder && check ? { ladder, check } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, rung } = await params;
  const found = load(slug, rung);
  if (!found) return {};
  const { ladder, check } = found;
  return pageMetadata({
    title: `Where am I? ${check.rung.role.title}`,
    description: `Tick what you already do as a ${check.rung.role.title}${check.next ? ` and as a ${check.next.title}` : ""}, and see what is left to talk about.`,
    path: selfCheckUrl(ladder.slug, check.rung.role.slug),
  });
}

export default async function SelfCheckPage({ params }: Props) {
  const { slug, rung } = await params;
  const found = load(slug, rung);
  if (!found) notFound();
  const { ladder, check } = found;
  const role = check.rung.role;
  // Every item numbered across both groups: the stylesheet ties box n to line n of each list.
  let n = 0;
  const numbered = check.groups.map((g) => ({ ...g, items: g.items.map((item) => ({ item, n: ++n })) }));
  const all = numbered.flatMap((g) => g.items);
  return (
    <div className="sc">
      <link rel="stylesheet" href={SELF_CHECK_CSS} precedence="default" />
      <Island name="ticks" />
      <PageHeader
        eyebrow={`Where am I? Step ${check.rung.level} of ${check.total} on the ${lowerFirst(ladder.title)}`}
        title={role.title}
        summary={`Tick what you already do as a ${role.title}${check.next ? `, and what you already do of what a ${check.next.title} adds` : ""}. The lists below show what is left.`}
      />
      <p className="mt-4 max-w-prose">
        This is a way into a conversation, for a one-to-one with your manager, not a test. It gives no score, no percentage and nothing to complete: teams draw
        these lines differently, and growing is more than ticking boxes. Tick what is true today, then share the link or print the page.
      </p>
      <form method="get" action={selfCheckUrl(ladder.slug, role.slug)} id="self-check-form" data-ticks={SELF_CHECK_PARAM} className="no-print mt-6 space-y-6">
        {numbered.map((g) => (
          <fieldset key={g.role.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <legend className="px-1 text-xl font-semibold">{g.next ? `What a ${g.role.title} adds` : `As a ${g.role.title}`}</legend>
            <ul className="mt-2 space-y-2">
              {g.items.map(({ item, n }) => (
                <li key={item.value} className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    className="sc-box mt-1 h-5 w-5 shrink-0 accent-brand-700"
                    id={checkboxId(n)}
                    name={SELF_CHECK_PARAM}
                    value={item.value}
                  />
                  <label htmlFor={checkboxId(n)}>{item.title}</label>
                  <a href={roleItemUrl(item.role.slug, item.id)} className="ml-auto shrink-0 text-sm">
                    <span aria-hidden="true">What it means</span>
                    <span className="sr-only">
                      What {lowerFirst(item.title)} means, on the {item.role.title} page
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        <p className="flex flex-wrap items-center gap-4">
          {/* Without JavaScript this puts the ticks in the address to share; the island keeps the address up to date instead. */}
          <button
            type="submit"
            id="sc-submit"
            className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-700 dark:border-brand-300 dark:text-brand-300"
          >
            Make a link to these ticks
          </button>
          <a href={selfCheckUrl(ladder.slug, role.slug)} id="sc-share" data-share="">
            Link to these ticks
          </a>
        </p>
      </form>
      <CheckLists items={all} />
      <p className="no-print mt-8">
        <a href={rungUrl(ladder.slug, role.slug)}>This step on the {lowerFirst(ladder.title)}</a> · <a href={roleUrl(role.slug)}>The {role.title} page</a>
        {check.next && (
          <>
            {" "}
            · <a href={roleUrl(check.next.slug)}>The {check.next.title} page</a>
          </>
        )}{" "}
        · <a href={ladderUrl(ladder.slug)}>Other steps</a>
      </p>
    </div>
  );
}

/** The two lists, every line present in each: the stylesheet shows each line or not by its box, and a list's `empty` line when it has none. */
const CHECK_LISTS = [
  { heading: "What is left to talk about", lineId: leftId, empty: "Nothing: you ticked everything here.", emptyClass: "sc-all-ticked", hidden: false },
  { heading: "What you already do", lineId: doneId, empty: "Nothing ticked yet.", emptyClass: "sc-none-ticked", hidden: true },
];

function CheckLists({ items }: { items: readonly { item: CheckItem; n: number }[] }) {
  return (
    <div className="mt-8 grid gap-8 md:grid-cols-2" aria-live="polite">
      {CHECK_LISTS.map(({ heading, lineId, empty, emptyClass, hidden }) => (
        <section key={heading} aria-label={heading}>
          <h2 className="text-2xl font-bold tracking-tight">{heading}</h2>
          <ul className="mt-3 list-disc space-y-1 pl-5">
            {items.map(({ item, n }) => (
              <li key={item.value} id={lineId(n)} className={hidden ? "sc-hidden" : undefined}>
                {item.title} <span className="text-sm text-slate-700 dark:text-slate-300">({item.role.title})</span>
              </li>
            ))}
          </ul>
          <p className={`${emptyClass} sc-hidden mt-2`}>{empty}</p>
        </section>
      ))}
    </div>
  );
}
