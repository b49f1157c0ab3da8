import type { Metadata, Viewport } from "next";
import { Island } from "@/components/island";
import { ROLE_LINK_ATTRIBUTE } from "@/components/islands/lib/role-links";
import { SiteShell } from "@/components/site-shell";
import { getFamilies } from "@/lib/model/queries";
import { HOME, roleUrl } from "@/lib/site/routes";
import { SITE_NAME } from "@/lib/site/config";
import { metadata as site, viewport as siteViewport } from "./layout";
import "./globals.css";

/*
 * The 404 page (404.html), for every address the build did not write. A global not-found page
 * (experimental.globalNotFound) rather than app/not-found.tsx: Next puts a not-found boundary's
 * content into the RSC payload of every page, and this one lists every role, which made each page
 * cost the build time in proportion to the number of roles.
 */
// Next adds its own robots noindex to the 404 page.
export const metadata: Metadata = { ...site, title: `Page not found | ${SITE_NAME}` };
export const viewport: Viewport = siteViewport;

export default function NotFound() {
  return (
    <SiteShell>
      {/* The island replaces this with a comparison when the address names two roles whose pair was not built. */}
      <div id="not-found-intro">
        <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
        <p className="mt-4 max-w-prose text-lg">
          There is no page at this address. If you typed it, check the spelling; role addresses look like <code>/roles/product-owner</code>.
        </p>
      </div>
      {/* Where the island writes "Did you mean": a prerendered 404 cannot know the missing address. */}
      <div id="not-found-suggestions" />
      <Island name="not-found-suggestions" />
      <section aria-labelledby="all-roles" className="mt-8">
        <h2 id="all-roles" className="text-xl font-semibold">
          All roles
        </h2>
        {getFamilies().map((f) => (
          <div key={f.family} className="mt-4">
            <h3 className="font-semibold">{f.label}</h3>
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {f.roles.map((r) => (
                <li key={r.slug}>
                  {/* The suggestions island ranks these links, so it needs no data of its own. */}
                  <a href={roleUrl(r.slug)} {...{ [ROLE_LINK_ATTRIBUTE]: "" }} data-aliases={r.aliases.join(",") || undefined}>
                    {r.title}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <p className="mt-8">
        <a href={HOME}>Go to the home page</a>
      </p>
    </SiteShell>
  );
}
