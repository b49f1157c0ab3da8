import { ComparePicker } from "@/components/compare-picker";
import { pageMetadata } from "@/lib/site/metadata";
import { getModel } from "@/lib/model/queries";
import { relatedPairs } from "@/lib/model/compare";
import { COMPARE, WHO_DOES_WHAT_IN_SCRUM, compareUrl } from "@/lib/site/routes";
import { TitledSection } from "@/components/titled-section";
import { IndexHeader } from "@/components/page-header";

export const metadata = pageMetadata({
  title: "Compare roles",
  description: "Compare any two product team roles side by side: curated comparisons such as Product Manager vs Product Owner, and any pair you choose.",
  path: COMPARE,
});

export default function CompareIndex() {
  const { roles, comparisons } = getModel();
  const first = comparisons[0]?.roles ?? [roles[0]?.slug ?? "", roles[1]?.slug ?? ""];
  return (
    <>
      <IndexHeader title="Compare roles">See where two roles differ and where they overlap, lined up on the same dimensions.</IndexHeader>

      <TitledSection id="pick" title="Choose two roles" className="mt-8 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
        <ComparePicker roles={roles.map((r) => ({ slug: r.slug, title: r.title }))} defaults={[first[0], first[1]]} />
      </TitledSection>

      <TitledSection id="curated" title="In-depth comparisons">
        <ul className="grid gap-4 sm:grid-cols-2">
          {comparisons.map((c) => (
            <li key={c.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <h3 className="text-lg font-semibold">
                <a href={compareUrl(c.roles[0], c.roles[1])}>{c.title}</a>
              </h3>
              <p className="mt-2">{c.summary}</p>
            </li>
          ))}
        </ul>
      </TitledSection>

      <TitledSection id="matrix" title="Who does what in Scrum">
        <p className="max-w-prose">
          A table of every Scrum event and artefact and what each role does in it:{" "}
          <a href={WHO_DOES_WHAT_IN_SCRUM}>who does what in Scrum events and artefacts</a>.
        </p>
      </TitledSection>

      <TitledSection id="all-pairs" title="Common pairs">
        <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {relatedPairs(getModel()).map(([a, b]) => (
            <li key={`${a.slug}-${b.slug}`}>
              <a href={compareUrl(a.slug, b.slug)}>
                {a.title} vs {b.title}
              </a>
            </li>
          ))}
        </ul>
      </TitledSection>
    </>
  );
}
