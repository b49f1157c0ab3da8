/** A stylesheet route's answer: the CSS, as UTF-8 text/css. */
export const stylesheet = (css: string) => new Response(css, { headers: { "Content-Type": "text/css; charset=utf-8" } });
