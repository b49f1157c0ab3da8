/**
 * The attribute that marks the 404 page's links to every role (app/global-not-found.tsx). The
 * 404 island ranks its suggestions from these links, and the post-build step
 * (scripts/finish-export.ts) checks that no other page's payload carries them.
 */
export const ROLE_LINK_ATTRIBUTE = "data-role-link";
