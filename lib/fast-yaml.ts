/*
 * A fast path in front of the `yaml` package for the front matter content files use: nested
 * block maps and sequences of `key: value` lines, flow sequences such as `[a, b]`, and one-line
 * plain, double- or single-quoted scalars. `yaml` builds a full document (nodes, ranges,
 * comments) for every file, which cost a fifth of the parse time; the data alone is cheap.
 *
 * fastYaml answers only where it gives exactly `parseDocument(text).toJS()` with no errors,
 * and returns undefined for anything else (comments, anchors, tags, block scalars, multi-line
 * scalars, anything that resolves to null, a boolean or a non-decimal number, duplicate keys...),
 * so its caller falls back to `yaml`, which also reports the errors and the lines. The property
 * tests in tests/fast-yaml.test.ts hold it to that.
 */

export type YamlValue = string | number | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  indent: number;
  text: string;
}

/** YAML's printable characters less a few that are line breaks or marks in some readers. */
const UNPRINTABLE = /[^\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u;
/** A plain scalar cannot start with an indicator or whitespace. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const KEY = /^([A-Za-z_][A-Za-z0-9_-]{0,63}):(?: (.*))?$/;
const DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;
/** The core schema's tests (yaml/dist/schema/core, common/null): a plain scalar matching one is not a string. */
const NOT_A_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];

/** A one-line scalar: a string, a decimal integer, or undefined for anything else. */
function scalar(text: string, flow: boolean): string | number | undefined {
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const inner = text.slice(1, -1);
    // No escapes, no doubled quotes, and in a flow sequence no comma that the split has already cut.
    if (text.length < 2 || text[text.length - 1] !== quote || inner.includes(quote) || inner.includes("\\") || (flow && inner.includes(","))) return undefined;
    return inner;
  }
  if (text === "" || INDICATOR_START.test(text) || /\s$/.test(text) || text.endsWith(":") || text.includes(": ") || text.includes(" #")) return undefined;
  if (flow && /[,[\]{}:]/.test(text)) return undefined;
  if (DECIMAL.test(text)) return Number(text);
  return NOT_A_STRING.some((re) => re.test(text)) ? undefined : text;
}

function inlineValue(text: string): YamlValue | undefined {
  if (!text.startsWith("[")) return scalar(text, false);
  if (!text.endsWith("]")) return undefined;
  const inner = text.slice(1, -1);
  if (inner === "") return [];
  const items: YamlValue[] = [];
  for (const part of inner.split(",")) {
    const item = scalar(part.replace(/^ +| +$/g, ""), true);
    if (item === undefined) return undefined;
    items.push(item);
  }
  return items;
}

class Reader {
  pos = 0;
  constructor(private readonly lines: readonly Line[]) {}

  private get line(): Line | undefined {
    return this.lines[this.pos];
  }

  /** The block collection whose first line is the current one. */
  block(indent: number): YamlValue | undefined {
    const text = this.line!.text;
    return text.startsWith("- ") ? this.seq(indent) : this.map(indent);
  }

  /** A value on the lines after `key:`: a collection indented further than the key. */
  private nested(indent: number): YamlValue | undefined {
    const next = this.line;
    return next && next.indent > indent ? this.block(next.indent) : undefined;
  }

  /** A block map at `indent`; `first` is its first entry when it starts a sequence item (`- key: value`). */
  map(indent: number, first?: string): { [key: string]: YamlValue } | undefined {
    const map: { [key: string]: YamlValue } = {};
    let text = first ?? this.line!.text;
    let onLine = first === undefined;
    for (;;) {
      const m = KEY.exec(text);
      if (!m) return undefined;
      const key = m[1]!;
      // A repeated key is an error, and a key that is not a string is not kept as written.
      if (Object.hasOwn(map, key) || key === "__proto__" || NOT_A_STRING.some((re) => re.test(key))) return undefined;
      if (onLine) this.pos++;
      const value = m[2] === undefined ? this.nested(indent) : inlineValue(m[2]);
      if (value === undefined) return undefined;
      map[key] = value;
      const next = this.line;
      if (!next || next.indent < indent) return map;
      if (next.indent > indent || next.text.startsWith("- ")) return undefined;
      text = next.text;
      onLine = true;
    }
  }

  seq(indent: number): YamlValue[] | undefined {
    const seq: YamlValue[] = [];
    for (;;) {
      const rest = this.line!.text.slice(2);
      this.pos++;
      let value: YamlValue | undefined;
      if (KEY.test(rest)) value = this.map(indent + 2, rest);
      else if (rest.startsWith("- ")) return undefined;
      else value = inlineValue(rest);
      if (value === undefined) return undefined;
      seq.push(value);
      const next = this.line;
      if (!next || next.indent < indent) return seq;
      if (next.indent > indent || !next.text.startsWith("- ")) return undefined;
    }
  }

  get done(): boolean {
    return this.pos === this.lines.length;
  }
}

/** `parseDocument(text).toJS()` for a front matter of `key: value` lines, or undefined when the text is outside the subset. */
export function fastYaml(text: string): { [key: string]: YamlValue } | undefined {
  const lines: Line[] = [];
  for (const raw of text.split("\n")) {
    if (raw === "") continue;
    const indent = /^ */.exec(raw)![0].length;
    const body = raw.slice(indent);
    // Spaces only indent (no tabs), no line is blank but for spaces, and nothing is a comment.
    if (body === "" || body[0] === "#" || /^\s|\s$/.test(body) || raw.includes("\t") || UNPRINTABLE.test(raw)) return undefined;
    lines.push({ indent, text: body });
  }
  if (!lines.length || lines[0]!.indent !== 0) return undefined;
  const reader = new Reader(lines);
  const map = reader.map(0);
  return map && reader.done ? map : undefined;
}
