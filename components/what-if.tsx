import { Html } from "@/components/html";
import { LOAD_PAIR_ID, NO_PAIRING_ID, carryId, loadRowId, loseId, pairingId, selectId } from "@/components/what-if-css";
import type { Area, Pairing } from "@/lib/content/schema";
import type { whatIfConditions } from "@/lib/responsibilities/what-if";
import { WHAT_IF_PARAMS, type WhatIfParam, areaUrl } from "@/lib/site/routes";

type Named = { slug: string; title: string };

const SELECT =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100";

function RoleSelect({ param, label, roles }: { param: WhatIfParam; label: string; roles: readonly Named[] }) {
  return (
    <label htmlFor={selectId(param)} className="block">
      {label}
      <select id={selectId(param)} name={WHAT_IF_PARAMS[param]} className={SELECT} defaultValue="">
        <option value="">No one</option>
        {roles.map((r) => (
          <option key={r.slug} value={r.slug}>
            {r.title}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The what-if controls, inside the your-team form: the page reacts to them through CSS (components/what-if-css.ts). */
export function WhatIfControls({ roles }: { roles: readonly Named[] }) {
  return (
    <fieldset className="mt-6">
      <legend className="text-xl font-semibold">What if</legend>
      <div className="mt-3 grid gap-4 sm:grid-cols-3">
        <RoleSelect param="both" label="One person is both the…" roles={roles} />
        <RoleSelect param="and" label="…and the" roles={roles} />
        <RoleSelect param="left" label="This role has left:" roles={roles} />
      </div>
    </fieldset>
  );
}

/** One pairing: what the sources say about one person holding both roles, each quote with its source. */
function PairingNote({ pairing }: { pairing: Pairing }) {
  return (
    <div id={pairingId(...pairing.roles)} className="wi-p mt-2">
      <p className="font-semibold">{pairing.warns ? "The sources warn about this combination." : "No warning in the sources we cite."}</p>
      <Html html={pairing.aboutHtml} className="max-w-prose" />
      {pairing.quotes.map((q) => (
        <figure key={q.quote} className="mt-2 border-l-4 border-slate-300 pl-3 dark:border-slate-600">
          <blockquote cite={q.url}>
            <p>“{q.quote}”</p>
          </blockquote>
          <figcaption>
            <cite>
              <a href={q.url}>{q.source}</a>
            </cite>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}

/** What the person holding two roles now carries, and what the sources say about the pair. */
export function PersonWithTwoRoles({ areas, pairings }: { areas: readonly Pick<Area, "slug" | "title">[]; pairings: readonly Pairing[] }) {
  const list = (level: "A" | "R") =>
    areas.map((a) => (
      <li key={a.slug} id={carryId(a.slug, level)} className={`wi-c wi-c${level.toLowerCase()}`}>
        <a href={areaUrl(a.slug)}>{a.title}</a>
      </li>
    ));
  return (
    <section aria-labelledby="wi-person" className="mt-10">
      <h2 id="wi-person" className="text-2xl font-bold tracking-tight">
        One person, two roles
      </h2>
      <p className="wi-hint mt-2">Choose the two roles one person holds, above.</p>
      <p className="wi-bad mt-2">Choose two different roles, neither of them the one that left.</p>
      <div className="wi-on">
        <h3 className="mt-4 text-xl font-semibold">Accountable for</h3>
        <ul className="mt-1 list-disc pl-6">{list("A")}</ul>
        <h3 className="mt-4 text-xl font-semibold">Responsible for, without the final say</h3>
        <ul className="mt-1 list-disc pl-6">{list("R")}</ul>
        <h3 className="mt-4 text-xl font-semibold">What the sources say</h3>
        {pairings.map((p) => (
          <PairingNote key={p.slug} pairing={p} />
        ))}
        <p id={NO_PAIRING_ID} className="mt-2">
          No warning in the sources we cite: none of them discusses one person holding these two roles. Check the areas above with your team.
        </p>
      </div>
    </section>
  );
}

/** The areas that lose their owner when a role leaves. */
export function RoleLeaves({ areas }: { areas: readonly Pick<Area, "slug" | "title">[] }) {
  return (
    <section aria-labelledby="wi-leaves" className="mt-10">
      <h2 id="wi-leaves" className="text-2xl font-bold tracking-tight">
        A role leaves
      </h2>
      <p className="wi-lhint mt-2">Choose the role that left, above, to see the areas that lose their owner.</p>
      <p className="mt-2">
        Listed here are the areas where no one left in your team does the work, or has the final say, by each role&apos;s own page. An area not listed is still
        covered by someone else, as far as the roles you ticked go.
      </p>
      <ul className="mt-2 list-disc pl-6">
        {areas.map((a) => (
          <li key={a.slug} id={loseId(a.slug)} className="wi-l">
            <a href={areaUrl(a.slug)}>{a.title}</a>: no one left <span className="wi-lw">does the work or </span>has the final say.
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How many areas each person answers for and works in; the person holding two roles is counted by the stylesheet from the lists above. */
export function Load({ roles, counts }: { roles: readonly Named[]; counts: ReturnType<typeof whatIfConditions>["roles"] }) {
  const cell = "px-4 py-2";
  return (
    <section aria-labelledby="wi-load" className="wi-load mt-10">
      <h2 id="wi-load" className="text-2xl font-bold tracking-tight">
        The load on each person
      </h2>
      <table className="mt-2 border-collapse text-left">
        <caption className="sr-only">Areas each person is accountable and responsible for</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            {["Person", "Accountable for (areas)", "Responsible for (areas)"].map((heading) => (
              <th key={heading} scope="col" className={cell}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr id={LOAD_PAIR_ID} className="wi-r border-t border-slate-200 dark:border-slate-700">
            <th scope="row" className={cell}>
              The person holding both roles
            </th>
            <td className={`${cell} wi-na`} />
            <td className={`${cell} wi-nr`} />
          </tr>
          {roles.map((r) => {
            const c = counts.find((x) => x.role === r.slug);
            return (
              <tr key={r.slug} id={loadRowId(r.slug)} className="wi-r border-t border-slate-200 dark:border-slate-700">
                <th scope="row" className={cell}>
                  {r.title}
                </th>
                <td className={cell}>{c?.accountable ?? 0}</td>
                <td className={cell}>{c?.responsible ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
