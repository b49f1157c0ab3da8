import type { NextRequest } from "next/server";
import { lookupRole } from "@/lib/queries";
import { compareUrl, roleUrl } from "@/lib/routes";

/** The picker's form target: works without JavaScript by redirecting to the comparison's own URL. */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const a = lookupRole(params.get("a") ?? "");
  const b = lookupRole(params.get("b") ?? "");
  // A relative Location keeps the browser on the origin it asked: the server's idea of its own origin
  // can differ behind a proxy, and CSP form-action 'self' blocks a form redirect to another origin.
  const to = (path: string) => new Response(null, { status: 303, headers: { Location: path } });
  if (!a || !b) return to("/compare#pick");
  if (a.slug === b.slug) return to(roleUrl(a.slug));
  return to(compareUrl(a.slug, b.slug));
}
