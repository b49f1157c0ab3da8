import type { ContentError } from "./errors";

/*
 * Placeholders: `npm run new` writes a draft whose every part still to write says so, as
 * "TODO: what to write here". The draft validates, so it can be built and previewed; each
 * placeholder is a warning with its line, saying what to write there.
 */

export const PLACEHOLDER = "TODO:";

export const isPlaceholder = (text: string) => text.trimStart().startsWith(PLACEHOLDER);

/** What a placeholder asks for: the words after the marker, up to the end of the quote, cell or bold text around it. */
const instruction = (rest: string) =>
  rest
    .split(/["`*|]/)[0]!
    .trim()
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/([^.!?])$/, "$1.");

/** Where a line is: the front-matter field (dimensions.focus) or the `##` section it belongs to. */
function locator() {
  const fields: { indent: number; key: string }[] = [];
  let section: string | undefined;
  return (line: string, inFrontMatter: boolean): string | undefined => {
    if (!inFrontMatter) {
      if (/^##\s/.test(line)) section = `## ${line.replace(/^##\s+/, "").trim()}`;
      return section;
    }
    const m = /^(\s*)(- )?([A-Za-z_][\w-]*):/.exec(line);
    if (m) {
      const indent = m[1]!.length + (m[2]?.length ?? 0);
      while (fields.length && fields.at(-1)!.indent >= indent) fields.pop();
      fields.push({ indent, key: m[3]! });
    }
    return fields.map((f) => f.key).join(".") || undefined;
  };
}

/** A warning for each line of a file that still holds a placeholder. */
export function placeholderWarnings(file: string, text: string): ContentError[] {
  if (!text.includes(PLACEHOLDER)) return [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const where = locator();
  let frontMatter = lines[0] === "---";
  const warnings: ContentError[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && frontMatter && line === "---") {
      frontMatter = false;
      return;
    }
    const at = where(line, frontMatter);
    const parts = line.split(PLACEHOLDER).slice(1);
    if (!parts.length) return;
    const asks = [...new Set(parts.map(instruction).filter(Boolean))];
    const message = `still holds a placeholder ("${PLACEHOLDER} …"). ${asks.length ? asks.join(" ") : "Write this part."}`;
    warnings.push({ file, line: i + 1, where: at, message, severity: "warning" });
  });
  return warnings;
}
