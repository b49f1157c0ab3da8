import type { Role } from "@/lib/content/schema";
import { roleUrl } from "@/lib/site/routes";
import { RoleCard } from "./role-card";

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
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="mb-4 text-2xl font-bold tracking-tight">
        {label}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {roles.map((r) => (
          <RoleCard key={r.slug} href={roleUrl(r.slug)} title={r.title} summary={r.summary} aliases={r.aliases} internal={r.visibility === "internal"} />
        ))}
      </ul>
    </section>
  );
}
