import { ROLES } from "@/lib/site/routes";
import { SITE, SITE_DESCRIPTION, SITE_NAME } from "@/lib/site/config";

/** Who publishes the site, when it is not the site's own name. */
const publisher = SITE.organisation === SITE_NAME ? "" : `, by ${SITE.organisation}`;

export function SiteFooter() {
  return (
    <footer
      role="contentinfo"
      className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300"
    >
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-6 sm:flex-row sm:justify-between">
        <p>{`${SITE_NAME}${publisher}. ${SITE_DESCRIPTION}`}</p>
        <p>
          <a href={ROLES}>All roles</a>
        </p>
      </div>
    </footer>
  );
}
