import type { z } from "zod";
import { didYouMean } from "./did-you-mean";

/** One problem in one content file, worded for the author who has to fix it. */
export interface ContentError {
  file: string;
  line?: number;
  /** Front-matter field path such as `related[1]`, or a section such as `## Responsibilities`. */
  where?: string;
  message: string;
  /** A warning (a placeholder still to fill in, a one-way link) does not stop the build; anything else does. */
  severity?: "warning";
}

/** How a parser records a problem in the file it reads: the line, the field or section, and what to do. */
export type Report = (line: number | undefined, where: string | undefined, message: string) => void;
export const reporter =
  (file: string, errors: ContentError[]): Report =>
  (line, where, message) =>
    errors.push({ file, line, where, message });

/** Where a problem is, as editors read it: `content/roles/po.md:12`, or the file alone. */
export const fileAt = (file: string, line: number | undefined) => (line ? `${file}:${line}` : file);

export function formatError(e: ContentError): string {
  const at = fileAt(e.file, e.line);
  return e.where ? `${at}: ${e.where}: ${e.message}` : `${at}: ${e.message}`;
}

/** A name that no file of a kind has: the nearest names, and what to write instead. */
export const noSuchFile = (kind: "role" | "area" | "team shape", name: string, names: readonly string[], how = "Use") =>
  `no ${kind} "${name}"${didYouMean(name, names)}. ${how} the file name of ${kind === "area" ? "an" : "a"} ${kind} in content/${kind === "team shape" ? "teams" : `${kind}s`}, without .md`;

/** The role a reference names, or undefined after reporting the broken reference at `at`, with the nearest slugs. */
export function referencedRole<T>(slug: string, bySlug: ReadonlyMap<string, T>, at: Omit<ContentError, "message">, errors: ContentError[], how?: string) {
  const role = bySlug.get(slug);
  if (!role) errors.push({ ...at, message: `${noSuchFile("role", slug, [...bySlug.keys()], how)}.` });
  return role;
}

/** Each problem on its own indented line. */
export const listErrors = (errors: readonly ContentError[]) => errors.map((e) => `  ${formatError(e)}\n`).join("");

export const formatErrors = (errors: readonly ContentError[]) =>
  `${errors.length} content ${errors.length === 1 ? "problem" : "problems"} found:\n\n${listErrors(errors)}`;

/** Warnings, after the errors if there are any: worth fixing before publishing, but the build goes ahead. */
export const formatWarnings = (warnings: readonly ContentError[]) =>
  `${warnings.length} ${warnings.length === 1 ? "warning (the build goes ahead; fix it" : "warnings (the build goes ahead; fix them"} before publishing):\n\n${listErrors(warnings)}`;

/** Thrown by the loader so that `next build` stops with the same text `npm run validate` prints. */
export class ContentValidationError extends Error {
  declare readonly errors: readonly ContentError[];
  constructor(errors: readonly ContentError[]) {
    super(formatErrors(errors));
    this.name = "ContentValidationError";
    // Not enumerable, so Node prints the build error as the report alone, not the report and then its data.
    Object.defineProperty(this, "errors", { value: errors, enumerable: false });
    // The message is the whole report; a stack trace would only bury it.
    this.stack = this.message;
  }
}

/** A parse or a load: the value, or every error. A load also gives its warnings, with either. */
export type Result<T> = { ok: true; value: T; warnings?: ContentError[] } | { ok: false; errors: ContentError[]; warnings?: ContentError[] };

/** A front-matter field's path as an author reads it: `differ[0].sources[1]`. */
export function pathToString(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, "");
}

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);

function describeValue(v: unknown): string {
  if (v === null) return "an empty value";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a group of fields";
  if (typeof v === "string") return `the text "${v}"`;
  if (typeof v === "number" || typeof v === "boolean") return `the ${typeof v} ${String(v)}`;
  return "an unreadable value";
}

/** zod's names for the kinds of value, in the words an author would use. */
const EXPECTED: Record<string, string> = {
  array: "a list (e.g. [a, b])",
  object: "a group of indented fields",
  int: "a whole number (e.g. 5)",
  number: "a number",
  string: "text",
  boolean: "true or false",
  tuple: "a list (e.g. [a, b])",
  record: "a group of indented fields",
};

/** The fields the schema allows in the group at a path of its data, found by following the path into the schema. */
function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  const [key, ...rest] = path;
  if (def.type === "optional" || def.type === "default") return fieldsAt(def.innerType, path);
  // A pipe (a schema with a transform) reads the data as its first schema does.
  if (def.type === "pipe") return fieldsAt(def.in, path);
  if (def.type === "object") {
    if (key === undefined) return Object.keys(def.shape);
    const field = def.shape[String(key)];
    return field ? fieldsAt(field, rest) : [];
  }
  if (key === undefined) return [];
  if (def.type === "array") return fieldsAt(def.element, rest);
  if (def.type === "record") return fieldsAt(def.valueType, rest);
  return [];
}

/**
 * Turns zod's issues into author-facing errors: field paths in front-matter terms, the line
 * each field is on, and what to write instead. `schema` is the one that gave the issues, and
 * names the fields allowed where one is unknown; `lineOf` maps a field path to its line.
 */
export function fromZodIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  schema: z.core.$ZodType,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): ContentError[] {
  const out: ContentError[] = [];
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code === "unrecognized_keys") {
      const allowed = fieldsAt(schema, path);
      for (const key of issue.keys) {
        const full = [...path, key];
        out.push({
          file,
          line: lineOf(full),
          where: pathToString(full),
          message: `unknown field "${key}"${didYouMean(key, allowed)}. Allowed fields here: ${allowed.join(", ")}.`,
        });
      }
      continue;
    }
    const value = valueAt(data, path);
    const where = pathToString(path) || "front matter";
    // zod reports a missing enum as invalid_value, a missing string as invalid_type: both mean "add it".
    if ((issue.code === "invalid_type" || issue.code === "invalid_value") && value === undefined) {
      out.push({
        file,
        // A missing top-level field has no line of its own; a nested one is shown at its parent.
        line: path.length > 1 ? lineOf(path.slice(0, -1)) : undefined,
        where,
        message: `is required but missing. Add a line \`${String(path[path.length - 1])}: …\`.`,
      });
      continue;
    }
    if (issue.code === "invalid_type") {
      const expected = EXPECTED[issue.expected] ?? `a ${issue.expected}`;
      out.push({ file, line: lineOf(path), where, message: `must be ${expected}, not ${describeValue(value)}.` });
      continue;
    }
    if (issue.code === "invalid_value") {
      const options = issue.values.map(String);
      // Never String() an arbitrary YAML value: a map with a `toString` key would throw.
      const got = typeof value === "string" ? `"${value}"` : describeValue(value);
      const hint = typeof value === "string" ? didYouMean(value, options) : "";
      out.push({ file, line: lineOf(path), where, message: `${got} is not allowed${hint}. Use one of: ${options.join(", ")}.` });
      continue;
    }
    // A map key that fails its own check: report the key's rule, not zod's "Invalid key in record".
    const message = issue.code === "invalid_key" ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    out.push({ file, line: lineOf(path), where, message: `${message.replace(/\.$/, "")}.` });
  }
  return out;
}
