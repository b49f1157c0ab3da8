import { whatIfCss } from "@/components/what-if-css";
import { getModel } from "@/lib/model/queries";
import { whatIfConditions } from "@/lib/responsibilities/what-if";
import { stylesheet } from "@/lib/site/stylesheet";

// Written once at build time: the what-if page's rule, as a stylesheet.
export const dynamic = "force-static";

export function GET() {
  const model = getModel();
  return stylesheet(whatIfCss(whatIfConditions(model), model.pairings));
}
