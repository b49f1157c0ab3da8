import type { Metadata } from "next";
import { Load, PersonWithTwoRoles, RoleLeaves, WhatIfControls } from "@/components/what-if";
import { TeamFormAssets, YourTeamForm } from "@/components/your-team-form";
import { pageMetadata } from "@/lib/site/metadata";
import { getFamilies, getModel } from "@/lib/model/queries";
import { whatIfConditions } from "@/lib/responsibilities/what-if";
import { WHAT_IF, WHAT_IF_CSS, YOUR_TEAM } from "@/lib/site/routes";
import { IndexHeader } from "@/components/page-header";

export const metadata: Metadata = pageMetadata({
  title: "What if, for your team",
  description:
    "Say that one person holds two roles, or that a role has left, and see what that person carries, what the sources warn about and which areas lose their owner.",
  path: WHAT_IF,
});

export default function WhatIfPage() {
  const model = getModel();
  const roles = model.roles.map((r) => ({ slug: r.slug, title: r.title }));
  return (
    <div className="wi">
      <TeamFormAssets stylesheet={WHAT_IF_CSS} />
      <IndexHeader title="What if, for your team">
        Tick your team&apos;s roles, then say that one person holds two of them, or that one has left. The page shows what that person now answers for, what the
        sources say about the combination, the areas that lose their owner and the load on each person. Letters come from each role&apos;s own page, as on{" "}
        <a href={YOUR_TEAM}>your team</a>.
      </IndexHeader>
      <YourTeamForm action={WHAT_IF} families={getFamilies()}>
        <WhatIfControls roles={roles} />
      </YourTeamForm>
      <PersonWithTwoRoles areas={model.areas} pairings={model.pairings} />
      <RoleLeaves areas={model.areas} />
      <Load roles={roles} counts={whatIfConditions(model).roles} />
    </div>
  );
}
