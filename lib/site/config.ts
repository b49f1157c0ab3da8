/** One configurable site address: canonical URLs, link previews and the sitemap all use it. */
export const SITE_URL = (process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

export const SITE_NAME = "Team Roles";

/** Where "Suggest an edit" points: the content file in the repository, appended to this base. */
export const EDIT_BASE_URL = (process.env.EDIT_BASE_URL ?? "https://github.com/team-roles/team-roles/edit/main/").replace(/\/?$/, "/");
