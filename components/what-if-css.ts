import { checkboxId } from "./your-team-form";
import type { whatIfConditions } from "@/lib/responsibilities/what-if";
import { type WhatIfParam, pairingSlug } from "@/lib/site/routes";

export const selectId = (param: WhatIfParam) => `wi-${param}`;
export const carryId = (area: string, level: "A" | "R") => `wi-c${level.toLowerCase()}-${area}`;
export const loseId = (area: string) => `wi-l-${area}`;
export const loadRowId = (role: string) => `wi-r-${role}`;
export const LOAD_PAIR_ID = "wi-r-pair";
export const NO_PAIRING_ID = "wi-p-none";
export const pairingId = (a: string, b: string) => `pairing-${pairingSlug(a, b)}`;

type Conditions = ReturnType<typeof whatIfConditions>;

const opt = (param: WhatIfParam, value: string) => `#${selectId(param)}>[value="${value}"]:checked`;
const chosen = (role: string) => `${opt("both", role)},${opt("and", role)}`;
const inTeam = (role: string) => `#${checkboxId(role)}:checked,${chosen(role)}`;
const EITHER_EMPTY = `${opt("both", "")},${opt("and", "")}`;
const ids = (list: readonly string[]) => `:is(${list.map((id) => `#${id}`).join(",")})`;
const rule = (selectors: readonly string[], body: string) => (selectors.length ? [`${selectors.join(",")}{${body}}`] : []);

/** The person holding two roles: what they answer for, each pairing's warning, and which pairs cannot be one person. */
function pairRules({ areas, roles }: Conditions, pairings: readonly { roles: readonly [string, string] }[]): string[] {
  const slugs = roles.map((r) => r.role);
  const set = `.wi:not(:has(${EITHER_EMPTY}))`;
  const same = slugs.map((q) => `.wi:has(${opt("both", q)}):has(${opt("and", q)})`);
  const gone = slugs.map((q) => `.wi:has(${opt("left", q)}):has(${chosen(q)})`);
  const areasOf = (role: string, level: "A" | "R") =>
    areas.filter((a) => (level === "A" ? a.accountable : a.responsible).includes(role)).map((a) => carryId(a.area, level));
  const show = (level: "A" | "R") =>
    slugs.flatMap((r) => (areasOf(r, level).length ? rule([`.wi:has(${chosen(r)}) ${ids(areasOf(r, level))}`], "display:list-item") : []));
  // An area either role answers for is not also listed as one the person only does the work in.
  const notBoth = slugs.flatMap((r) => {
    const responsibleToo = areas.filter((a) => a.accountable.includes(r)).map((a) => carryId(a.area, "R"));
    return responsibleToo.length ? rule([`.wi:has(${chosen(r)}) ${ids(responsibleToo)}`], "display:none") : [];
  });
  const pairing = pairings.flatMap(({ roles: [x, y] }) => {
    const both = (id: string) => [`.wi:has(${opt("both", x)}):has(${opt("and", y)}) #${id}`, `.wi:has(${opt("both", y)}):has(${opt("and", x)}) #${id}`];
    return [...rule(both(pairingId(x, y)), "display:block"), ...rule(both(NO_PAIRING_ID), "display:none")];
  });
  return [
    ...rule([`${set} .wi-on`], "display:block"),
    ...rule([`${set} .wi-hint`], "display:none"),
    ...rule([`${set} #${LOAD_PAIR_ID}`], "display:table-row"),
    ...show("A"),
    ...show("R"),
    ...notBoth,
    ...pairing,
    // Nested, so the long list of impossible pairs is written once.
    `:is(${[...same, ...gone].join(",")}){& :is(.wi-on,.wi-load){display:none}& .wi-bad{display:block}}`,
  ];
}

/**
 * A role that left: each area where no one left in the team does the work, or has the final say, on one line.
 * Linear in the letters: every rule here has the same specificity (the conditions sit in `:where`), so later
 * rules win. An area's line shows when a role doing the work there left, and hides while another doing it is
 * in the team; then shows when a role with the final say there left, and hides while another with it is in the
 * team. Its "does the work or" shows by the first two steps alone: they set `--wi-w`, which the words inherit.
 */
function leftRules({ areas, roles }: Conditions): string[] {
  const step = (of: (a: Conditions["areas"][number]) => readonly string[], shown: string, hidden: string) => {
    // Each role once, with every line it holds up.
    const held = roles.map(({ role }) => ({ role, ids: areas.filter((a) => of(a).includes(role)).map((a) => loseId(a.area)) })).filter((r) => r.ids.length);
    return [
      ...held.flatMap((r) => rule([`.wi:where(:has(${opt("left", r.role)})) ${ids(r.ids)}`], shown)),
      ...held.flatMap((r) => rule([`.wi:where(:has(${inTeam(r.role)}):not(:has(${opt("left", r.role)}))) ${ids(r.ids)}`], hidden)),
    ];
  };
  return [
    ...rule([`.wi:not(:has(${opt("left", "")})) .wi-lhint`], "display:none"),
    ".wi-lw{display:var(--wi-w,none)}",
    ...step((a) => [...a.accountable, ...a.responsible], "display:list-item;--wi-w:inline", "display:none;--wi-w:none"),
    ...step((a) => a.accountable, "display:list-item", "display:none"),
  ];
}

/** Each person's row in the load table: a ticked or named role that did not leave, unless it is one of the person holding two. */
function loadRules({ roles }: Conditions): string[] {
  return roles.flatMap(({ role }) => [
    ...rule([`.wi:has(${inTeam(role)}) #${loadRowId(role)}`], "display:table-row"),
    // Gone, or one of the two a person holds (who has a row of their own).
    ...rule([`.wi:has(${opt("left", role)}) #${loadRowId(role)}`, `.wi:not(:has(${EITHER_EMPTY})):has(${chosen(role)}) #${loadRowId(role)}`], "display:none"),
  ]);
}

/**
 * The what-if rule (lib/responsibilities/what-if.ts), written as CSS so that it works without
 * JavaScript: `:has()` reads the ticked boxes and the chosen options. Later rules win ties. The
 * person holding two roles is counted by CSS counters over the areas listed for them.
 */
export function whatIfCss(conditions: Conditions, pairings: readonly { roles: readonly [string, string] }[]): string {
  const base = [
    ".wi-c,.wi-p,.wi-l,.wi-on,.wi-bad,.wi-r{display:none}",
    ".wi{counter-reset:wi-a wi-r}",
    ".wi-ca{counter-increment:wi-a}",
    ".wi-cr{counter-increment:wi-r}",
    ".wi-na::before{content:counter(wi-a)}",
    ".wi-nr::before{content:counter(wi-r)}",
  ];
  return `${[...base, ...pairRules(conditions, pairings), ...leftRules(conditions), ...loadRules(conditions)].join("\n")}\n`;
}
