import { COMPARE, HOME, LADDERS, RESPONSIBILITIES, ROLES, TEAMS } from "@/lib/site/routes";
import { LinkList } from "./link-list";
import { SearchBox } from "./search-box";
import { SITE_LOGO, SITE_NAME } from "@/lib/site/config";

const links = [
  { href: ROLES, label: "Roles" },
  { href: RESPONSIBILITIES, label: "Who does what" },
  { href: TEAMS, label: "Teams" },
  { href: COMPARE, label: "Compare" },
  { href: LADDERS, label: "Career ladders" },
];

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href={HOME} className={`${SITE_LOGO ? "flex items-center gap-2 " : ""}text-lg font-bold text-slate-900 no-underline dark:text-white`}>
          {SITE_LOGO && (
            // A plain image: next/image would add an inline style, which the Content-Security-Policy blocks. The name beside it says what it is, so its alt is empty.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={SITE_LOGO} alt="" className="h-7" />
          )}
          {SITE_NAME}
        </a>
        <nav aria-label="Main">
          <LinkList look="nav" links={links} />
        </nav>
        <SearchBox />
      </div>
    </header>
  );
}
