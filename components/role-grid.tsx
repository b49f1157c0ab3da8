import type { Role } from "@/lib/content/schema";
import { roleUrl } from "@/lib/site/routes";
import { RoleCard } from "./role-card";
import { TitledSection } from "./titled-section";

/** Roles under a family heading, as cards. */
export function RoleGrid({
  id,
  label,
  roles,
}: {
  id: string;
  label: string;
  roles: readonly (Pick<Role, "slug" | "title" | "summary" | "aliases"> & Partial<Pick<Role, "visibility">>)[];
}) {
  return (
    <TitledSection id={id} title={label}>
      <ul className="grid gap-4 sm:grid-cols-2">
        {roles.map((r) => (
          <RoleCard key={r.slug} href={roleUrl(r.slug)} title={r.title} summary={r.summary} aliases={r.aliases} internal={r.visibility === "internal"} />
        ))}
      </ul>
    </TitledSection>
  );
}
