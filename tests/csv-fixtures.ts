import { formatError } from "@/lib/content/errors";
import { parseRole } from "@/lib/content/parse-role";
import { parseTeam } from "@/lib/content/parse-team";
import { linkContent } from "@/lib/model/link";
import type { ContentModel } from "@/lib/model/types";
import { parsedContent, roleFile, rulingsYaml, teamFile } from "./fixtures";

/**
 * Three roles and a team shape whose names and items a spreadsheet could misread: a comma and
 * quotes in a title, an accent, an item that starts like a formula. The team shape makes the
 * product owner accountable for accepting work, where its page gives it R elsewhere; the sponsor
 * and the product owner both answer for the backlog, an overlap when no team shape rules on it.
 */
export function csvFixtureModel(): ContentModel {
  const role = (slug: string, title: string, responsibilities: string) => {
    const worksWith = slug === "product-owner" ? "- **Scrum Master**: Gets coaching." : "- **Product Owner**: Agrees priorities.";
    const aliases = slug === "product-owner" ? "[PO]" : "[]";
    const r = parseRole(`content/roles/${slug}.md`, slug, roleFile({ title, aliases, worksWith, responsibilities }));
    if (!r.ok) throw new Error(r.errors.map(formatError).join("\n"));
    return r.value;
  };
  const roles = [
    role(
      "product-owner",
      "Product Owner",
      '- **Backlog, ordered** `product-backlog: A`: Orders it.\n- **=Accepts "done" work** `accepting-work: R; A in owner-and-master`: Says when.',
    ),
    role("scrum-master", "Scrum Master", "- **Coaching** `product-backlog: C`: Coaches the owner.\n- **Café checks** `accepting-work: R`: Checks."),
    role("sponsor", 'Sponsor, "Funder"', "- **Funding** `product-backlog: A`: Answers for it."),
  ];
  const team = parseTeam(
    "content/teams/owner-and-master.md",
    "owner-and-master",
    teamFile(
      `roles: [product-owner, scrum-master]\n${rulingsYaml({
        "product-backlog": "accountable: product-owner",
        "accepting-work": "accountable: product-owner\n    note: The owner accepts work, since the master coaches it.",
      })}`,
    ),
  );
  if (!team.ok) throw new Error(team.errors.map(formatError).join("\n"));
  const linked = linkContent(parsedContent({ roles, teams: [team.value] }));
  if (!linked.ok) throw new Error(linked.errors.map(formatError).join("\n"));
  return linked.value;
}
