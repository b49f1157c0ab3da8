import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/*
 * Parsed content on disk, so that `npm run validate`, `next dev` and a rebuild parse only the
 * files that changed, and a build worker reads one file instead of parsing them all. An entry is
 * named by a hash of what went into it (a file's kind, path and text), in a folder named for the
 * parser's version: our code in lib/ and the installed packages. So an entry cannot go stale: new
 * code starts a new folder, and the old one is removed. Only content without problems is stored,
 * and anything unreadable or unwritable counts as not cached: the cache can make loading faster,
 * never change what it gives.
 */

export interface ParseCache {
  /** A name for an entry: a hash of the parts. */
  key(...parts: readonly (string | Uint8Array)[]): string;
  has(key: string): boolean;
  /** An entry; without `prose`, with its rendered HTML left empty (see isProse). */
  get<T>(key: string, prose?: boolean): T | undefined;
  /** Stores a value; with `replacing`, first removes the entries whose names start with it. */
  set(key: string, value: unknown, replacing?: string): void;
}

function hash(parts: readonly (string | Uint8Array)[]): string {
  const h = createHash("sha256");
  // Each part's length goes first, so that two different lists of parts never hash alike.
  for (const p of parts) h.update(typeof p === "string" ? `${p.length}:` : `${p.byteLength}b:`).update(p);
  return h.digest("hex");
}

/**
 * Rendered HTML, by the name of its field: most of an entry's bytes, and read by no cross-file check.
 * An entry is written as two lines of JSON, its outline (every prose field empty) and its prose in
 * order, so that `npm run validate` can read the outlines alone.
 */
const isProse = (field: string) => field === "html" || field.endsWith("Html");

function serialise(value: unknown): string {
  const prose: string[] = [];
  const outline = JSON.stringify(value, (field, v: unknown) => {
    if (typeof v !== "string" || !isProse(field)) return v;
    prose.push(v);
    return "";
  });
  return `${outline}\n${JSON.stringify(prose)}`;
}

/** An entry as serialise wrote it; throws on anything else (half an entry, say), which counts as not cached. */
function deserialise<T>(text: string, withProse: boolean): T {
  const line = text.indexOf("\n");
  if (line < 0) throw new Error("not an entry");
  const value: unknown = JSON.parse(text.slice(0, line));
  if (!withProse) return value as T;
  const prose = JSON.parse(text.slice(line + 1)) as string[];
  let taken = 0;
  // The fields are walked in the order JSON.stringify wrote them, so each takes its own prose back.
  const fill = (v: unknown): void => {
    if (!v || typeof v !== "object") return;
    for (const [field, inner] of Object.entries(v)) {
      if (typeof inner === "string" && isProse(field)) (v as Record<string, unknown>)[field] = prose[taken++];
      else fill(inner);
    }
  };
  fill(value);
  if (taken !== prose.length) throw new Error("not an entry");
  return value as T;
}

/** Parses every time: for measuring the parse itself, and for a project with nothing to version a cache by. */
export const noCache: ParseCache = { key: (...parts) => hash(parts), has: () => false, get: () => undefined, set: () => {} };

/** The nearest node_modules at or above dir, with npm's record of what it installed. */
function nodeModules(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, "node_modules", ".package-lock.json"))) return path.join(d, "node_modules");
    if (path.dirname(d) === d) return undefined;
  }
}

/** How a version folder is named, so that nothing else in the cache's folder is ever removed. */
const VERSION = /^[0-9a-f]{16}$/;

/** Everything that could change a parse: our code in lib/ and the version of every installed package. */
function parserVersion(root: string, modules: string): string | undefined {
  try {
    const lib = path.join(root, "lib");
    const sources = fs
      .readdirSync(lib, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .sort();
    const code = sources.flatMap((f) => [f, fs.readFileSync(path.join(lib, f), "utf8")]);
    return hash([...code, fs.readFileSync(path.join(modules, ".package-lock.json"), "utf8")]).slice(0, 16);
  } catch {
    return undefined;
  }
}

/**
 * The cache of the project at root, kept in node_modules/.cache/team-roles (or CONTENT_CACHE_DIR).
 * Without node_modules or lib/ to name the parser's version by, nothing is cached.
 */
export function openParseCache(root = process.cwd(), dir = process.env.CONTENT_CACHE_DIR): ParseCache {
  // Read at build time only; the ignore hint stops Turbopack tracing the whole project into the server bundle.
  const project = path.resolve(/*turbopackIgnore: true*/ root);
  const modules = nodeModules(project);
  const version = modules && parserVersion(project, modules);
  const base = dir ? path.resolve(dir) : modules && path.join(modules, ".cache", "team-roles");
  if (!base || !version) return noCache;

  let folder: string | undefined = path.join(base, version);
  let created = false;
  const entry = (key: string) => path.join(folder!, `${key}.json`);
  // The folder's entries, listed once: one read of the folder instead of a look for each file.
  let listed: Set<string> | undefined;
  const list = () => {
    try {
      return (listed ??= new Set(fs.readdirSync(folder!)));
    } catch {
      return (listed = new Set());
    }
  };
  return {
    key: noCache.key,
    // An entry another process writes after the listing is missed: the file is parsed again, which costs time, never correctness.
    has: (key) => folder !== undefined && list().has(`${key}.json`),
    get<T>(key: string, prose = true): T | undefined {
      if (!folder) return undefined;
      try {
        return deserialise<T>(fs.readFileSync(entry(key), "utf8"), prose);
      } catch {
        return undefined;
      }
    },
    set(key, value, replacing) {
      if (!folder) return;
      try {
        if (!created) {
          fs.mkdirSync(folder, { recursive: true });
          // Entries of another version of the code can never be read again.
          for (const old of fs.readdirSync(base)) if (VERSION.test(old) && old !== version) fs.rmSync(path.join(base, old), { recursive: true, force: true });
          created = true;
        }
        if (replacing) for (const old of fs.readdirSync(folder)) if (old.startsWith(replacing)) fs.rmSync(path.join(folder, old), { force: true });
        // A reader (another build worker) that finds half an entry cannot parse it as JSON, so it parses the file itself.
        fs.writeFileSync(entry(key), serialise(value));
      } catch {
        // A read-only or full disk: carry on without the cache.
        folder = undefined;
      }
    },
  };
}
