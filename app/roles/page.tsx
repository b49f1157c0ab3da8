import { RoleGrid } from "@/components/role-grid";
import { pageMetadata } from "@/lib/site/metadata";
import { getFamilies, getModel } from "@/lib/model/queries";
import { ROLES } from "@/lib/site/routes";
import { IndexHeader } from "@/components/page-header";

export const metadata = pageMetadata({
  title: "All roles",
  description: "Every role in a product team, grouped by family, with a one-sentence summary of each.",
  path: ROLES,
});

export default function RolesPage() {
  const families = getFamilies();
  return (
    <>
      <IndexHeader title="All roles">
        {getModel().roles.length} roles in {families.length} families. Each page lists the role&apos;s responsibilities, who it works with and its sources.
      </IndexHeader>
      <nav aria-label="Families" className="mt-6">
        <ul className="flex flex-wrap gap-3">
          {families.map((f) => (
            <li key={f.family}>
              <a href={`#family-${f.family}`}>{f.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {families.map((f) => (
        <RoleGrid key={f.family} id={`family-${f.family}`} label={f.label} roles={f.roles} />
      ))}
    </>
  );
}
