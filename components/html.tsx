import { withBasePath } from "@/lib/site/routes";

/**
 * The one place rendered Markdown enters the page. The HTML comes from lib/, where
 * remark-html's sanitiser has already removed raw HTML and unsafe URLs. Its links into the site
 * get the base path here, not in lib/, whose parsed content is cached whatever the base path.
 */
export function Html({ html, className = "" }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: withBasePath(html) }} />;
}
