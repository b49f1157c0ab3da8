import type { Make } from "./comparison-markup";

/** The shared markup's element maker, for the browser: an undefined attribute or child is left out. */
export const dom: Make<HTMLElement> = (tag, attrs, ...children) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== undefined) node.append(child);
  return node;
};
