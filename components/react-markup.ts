import { type ReactNode, createElement } from "react";
import type { Make } from "./islands/lib/comparison-markup";

// React spells these two attributes its own way; every other one the shared markup uses (aria-*, data-*, scope…) it takes as written.
const REACT_NAMES: Readonly<Record<string, string>> = { class: "className", tabindex: "tabIndex" };

/**
 * Builds the markup shared with the islands (components/islands/lib/comparison-markup.ts) as
 * React elements. Children are passed one by one, not as an array, so React asks for no keys.
 */
export const react: Make<ReactNode> = (tag, attrs, ...children) =>
  createElement(tag, Object.fromEntries(Object.entries(attrs).map(([name, value]) => [REACT_NAMES[name] ?? name, value])), ...children);
