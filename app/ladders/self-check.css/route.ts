import { selfCheckCss } from "@/components/self-check-css";
import { getModel } from "@/lib/model/queries";
import { selfCheckSize } from "@/lib/model/ladder";
import { stylesheet } from "@/lib/site/stylesheet";

// Written once at build time: the self-check's rule, as a stylesheet (components/self-check-css.ts).
export const dynamic = "force-static";

export const GET = () => stylesheet(selfCheckCss(selfCheckSize(getModel())));
