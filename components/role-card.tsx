import { InternalBadge } from "./internal-badge";

export function RoleCard({
  href,
  title,
  summary,
  aliases = [],
  internal = false,
}: {
  href: string;
  title: string;
  summary: string;
  aliases?: readonly string[];
  internal?: boolean;
}) {
  return (
    <li className="relative rounded-lg border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-700 dark:hover:border-brand-300">
      <h3 className="text-lg font-semibold">
        <a href={href} className="after:absolute after:inset-0">
          {title}
        </a>
        {internal && (
          <>
            {" "}
            <InternalBadge />
          </>
        )}
      </h3>
      {aliases.length > 0 && <p className="text-sm text-slate-600 dark:text-slate-400">Also known as {aliases.join(", ")}</p>}
      <p className="mt-2 text-slate-700 dark:text-slate-300">{summary}</p>
    </li>
  );
}
