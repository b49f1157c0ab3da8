import { LEVELS } from "@/lib/content/schema";
import { typedKeys } from "@/lib/content/typed";
import { levelClass } from "@/lib/responsibilities/raci";

/** What the four letters mean, shown beside every matrix. */
export function RaciLegend({ differs = false }: { differs?: boolean }) {
  return (
    <dl className="my-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {typedKeys(LEVELS).map((l) => (
        <div key={l} className="flex items-center gap-2">
          <dt className={`inline-flex w-7 justify-center rounded font-bold ${levelClass(l)}`}>{l}</dt>
          <dd>
            <strong>{LEVELS[l].name}</strong>: {LEVELS[l].meaning}
          </dd>
        </div>
      ))}
      {differs && (
        <div className="flex items-center gap-2">
          <dt className="inline-flex w-7 justify-center font-bold">*</dt>
          <dd>sources differ: open the cell for the note</dd>
        </div>
      )}
    </dl>
  );
}
