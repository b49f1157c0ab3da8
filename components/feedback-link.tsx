import type { ReactNode } from "react";
import { feedbackLink } from "./islands/lib/comparison-markup";
import { react } from "./react-markup";

/** "Question or disagree?" under an item, as comparison rows have it; nothing when the site names no repository (href undefined). */
export function FeedbackLink({ href }: { href: string | undefined }): ReactNode {
  return href ? feedbackLink(react, href) : null;
}
