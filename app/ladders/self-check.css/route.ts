import { selfCheckCss } from "@/components/self-check-css";
import { getModel } from "@/lib/model/queries";
import { selfCheckSize } from "@/lib/model/ladder";

// Written once at build time: the self-check's rule, as a stylesheet (components/self-check-css.ts).
export const dynamic = "force-static";

export function GET() {
  return new Response(selfCheckCss(selfCheckSize(getModel())), { headers: { "Content-Type": "text/css; charset=utf-8" } });
}
