import { islandUrl } from "@/lib/site/routes";

/**
 * Loads one island: components/islands/<name>.ts, bundled at build time to /islands/<name>.js.
 * React hoists an async script into <head> and writes it once however many times a page asks.
 */
export function Island({ name }: { name: string }) {
  return <script type="module" async src={islandUrl(name)} />;
}
