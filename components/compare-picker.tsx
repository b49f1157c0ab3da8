import { Island } from "./island";
import { COMPARE_GO } from "@/lib/site/routes";

/**
 * A GET form that works without JavaScript (the server redirects /compare/go to the pair's
 * address); the compare-picker island goes straight there and stops a role being compared with itself.
 */
export function ComparePicker({ roles, defaults }: { roles: readonly { slug: string; title: string }[]; defaults: [string, string] }) {
  const select = (name: "a" | "b", label: string, value: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`pick-${name}`} className="font-semibold">
        {label}
      </label>
      <select
        id={`pick-${name}`}
        name={name}
        defaultValue={value}
        className="rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
      >
        {roles.map((r) => (
          <option key={r.slug} value={r.slug}>
            {r.title}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={COMPARE_GO} data-compare-picker="" className="flex flex-col gap-4 sm:flex-row sm:items-end" aria-describedby="pick-error">
      {select("a", "First role", defaults[0])}
      {select("b", "Second role", defaults[1])}
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Compare
      </button>
      <p id="pick-error" data-pick-error="" role="alert" className="font-semibold text-red-700 dark:text-red-400"></p>
      <Island name="compare-picker" />
    </form>
  );
}
