/**
 * The one place rendered Markdown enters the page. The HTML comes from lib/, where
 * remark-html's sanitiser has already removed raw HTML and unsafe URLs.
 */
export function Html({ html, className = "", as: Tag = "div" }: { html: string; className?: string; as?: "div" | "span" | "td" }) {
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
