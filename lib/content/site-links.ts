import { visit } from "unist-util-visit";
import { type SplitDocument, lineOfNode } from "./markdown";
import type { SiteLink } from "./schema";

/**
 * The links in a file's prose to addresses on this site (/roles/…), with their lines, so that the
 * cross-file checks can tell a public page that links to an internal one (lib/model/visibility.ts).
 * Reference-style links are read from their definitions.
 */
export function siteLinks(doc: Pick<SplitDocument, "preamble" | "sections" | "bodyOffset">): SiteLink[] {
  const links: SiteLink[] = [];
  const root = { type: "root" as const, children: [...doc.preamble, ...doc.sections.flatMap((s) => s.nodes)] };
  visit(root, ["link", "definition"], (n) => {
    if ((n.type === "link" || n.type === "definition") && n.url.startsWith("/") && !n.url.startsWith("//")) links.push({ url: n.url, line: lineOfNode(n, doc.bodyOffset) });
  });
  return links;
}
