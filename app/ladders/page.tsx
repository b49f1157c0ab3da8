import { pageMetadata } from "@/lib/site/metadata";
import { getModel, getRoleTitles } from "@/lib/model/queries";
import { LADDERS, ladderUrl } from "@/lib/site/routes";
import { IndexHeader } from "@/components/page-header";

export const metadata = pageMetadata({
  title: "Career ladders",
  description: "How roles step up from one level to the next, with what is new at each step.",
  path: LADDERS,
});

export default function LaddersIndex() {
  const { ladders } = getModel();
  const titles = getRoleTitles();
  return (
    <>
      <IndexHeader title="Career ladders">Each ladder shows the steps from one role to the next and what each step asks of you.</IndexHeader>
      <ul className="mt-8 space-y-6">
        {ladders.map((l) => (
          <li key={l.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h2 className="text-2xl font-bold tracking-tight">
              <a href={ladderUrl(l.slug)}>{l.title}</a>
            </h2>
            <p className="mt-2">{l.summary}</p>
            <p className="mt-2 text-slate-700 dark:text-slate-300">{l.rungs.map((s) => titles.get(s) ?? s).join(" → ")}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
