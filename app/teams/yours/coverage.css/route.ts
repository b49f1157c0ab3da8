import { yourTeamCss } from "@/components/your-team-css";
import { getModel } from "@/lib/model/queries";
import { coverageConditions } from "@/lib/responsibilities/map";
import { stylesheet } from "@/lib/site/stylesheet";

// Written once at build time: the "your team" page's coverage rule, as a stylesheet.
export const dynamic = "force-static";

export function GET() {
  const model = getModel();
  return stylesheet(
    yourTeamCss(
      model.roles.map((r) => r.slug),
      coverageConditions(model),
      model.teams,
    ),
  );
}
