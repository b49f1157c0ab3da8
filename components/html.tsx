/**
 * The one place rendered Markdown enters the page. The HTML comes from lib/, where
 * remark-html's sanitiser has already removed raw HTML and unsafe URLs.
 */
export function Html({ html, className = "" }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
