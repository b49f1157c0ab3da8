import { type Result, fromZodIssues } from "./errors";
import { readYaml } from "./markdown";
import { type Site, siteFileSchema } from "./schema";

/** The site file's name in the content folder. */
export const SITE_FILE = "site.yml";

/**
 * Reads the site file (content/site.yml): its fields checked, and every problem with its line.
 * `publicFile` says whether a file exists in public/ (the loader asks the disk; tests need none).
 */
export function parseSite(file: string, source: string, publicFile: (address: string) => boolean = () => true): Result<Site> {
  const yaml = readYaml(file, source);
  if (!yaml.ok) return yaml;
  const r = siteFileSchema.safeParse(yaml.data);
  if (!r.success) return { ok: false, errors: fromZodIssues(file, r.error.issues, yaml.data, siteFileSchema, yaml.lineOf) };
  const { logo } = r.data;
  if (logo?.startsWith("/") && !publicFile(logo)) {
    const message = `is "${logo}", but there is no file public${logo}. Put the image there, or correct the address.`;
    return { ok: false, errors: [{ file, line: yaml.lineOf(["logo"]), where: "logo", message }] };
  }
  return { ok: true, value: r.data };
}
