import { DIMENSIONS, type Dimension } from "@/lib/content/schema";
import { typedKeys } from "@/lib/content/typed";

export function DimensionList({ dimensions }: { dimensions: Record<Dimension, string> }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      {typedKeys(DIMENSIONS).map((d) => (
        <div key={d} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <dt className="font-semibold">{DIMENSIONS[d]}</dt>
          <dd className="mt-1 text-slate-700 dark:text-slate-300">{dimensions[d]}</dd>
        </div>
      ))}
    </dl>
  );
}
