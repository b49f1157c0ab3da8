/*
 * The self-check's rule as CSS, so it works without JavaScript: the box at position n ticked hides
 * line n of "what is left" and shows line n of "what you already do". Positions rather than
 * names, so one stylesheet serves every rung (lib/model/ladder.ts selfCheck).
 */
export const checkboxId = (n: number) => `sc-${n}`;
export const leftId = (n: number) => `sc-left-${n}`;
export const doneId = (n: number) => `sc-done-${n}`;

export function selfCheckCss(size: number): string {
  const rules: string[] = [];
  for (let n = 1; n <= size; n++) {
    const ticked = `.sc:has(#${checkboxId(n)}:checked)`;
    rules.push(`${ticked} #${leftId(n)}{display:none}`, `${ticked} #${doneId(n)}{display:list-item}`);
  }
  // Each list says so when it has no line to show: every box ticked, or none yet.
  rules.push(`.sc:not(:has(.sc-box:not(:checked))) .sc-all-ticked{display:block}`, `.sc:not(:has(.sc-box:checked)) .sc-none-ticked{display:block}`);
  return `${rules.join("\n")}\n`;
}
