/*
 * The site's accent colour (content/site.yml) and the brand shades the stylesheet derives from it.
 * WCAG 2 contrast and sRGB mixing are a few lines each, so they are written here rather than
 * pulled in with a colour library. Pure: no files, no DOM, so the schema, the stylesheet route and
 * the preview images share it.
 */

type Rgb = readonly [number, number, number];

export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** The colours the accent meets on the page, as tailwind.config.ts names them. */
const WHITE = "#ffffff";
const BLACK = "#000000";
/** Light theme: the header's and footer's background (slate-50). */
const LIGHT_PANEL = "#f8fafc";
/** Dark theme: the header's, footer's and cards' background (slate-900), lighter than the page's (slate-950), so the harder of the two. */
const DARK_PANEL = "#0f172a";

/** WCAG's minimum for body text (level AA), which links and button labels are. */
export const MIN_CONTRAST = 4.5;
/** The dark theme's accent is lightened until it reaches this (WCAG AAA), so its links read as easily as the light theme's. */
const DARK_TARGET = 7;

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
const toHex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;

/** `t` of the way from colour a to colour b, in sRGB. */
export const mix = (a: string, b: string, t: number): string => {
  const [x, y] = [rgb(a), rgb(b)];
  return toHex([0, 1, 2].map((i) => x[i]! + (y[i]! - x[i]!) * t) as unknown as Rgb);
};

function luminance(hex: string): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = rgb(hex).map(channel) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The first colour on the way from `from` to `to`, in 5% steps, that passes `ok`. */
const firstStep = (from: string, to: string, ok: (c: string) => boolean): string | undefined =>
  Array.from({ length: 21 }, (_, step) => mix(from, to, step / 20)).find(ok);

/**
 * The tailwind.config.ts shades of `brand`, as the pages use them, all derived from the accent: 700 is the accent,
 * tints for backgrounds, a darker one for hover and text on tints, a lighter one (300) for the dark theme.
 */
export function brandShades(accent: string) {
  const a = accent.toLowerCase();
  return {
    50: mix(a, WHITE, 0.95),
    100: mix(a, WHITE, 0.88),
    200: mix(a, WHITE, 0.7),
    // The dark theme's links, and its "Accountable" tag (dark text on it): always reachable, as white has 17:1 there.
    300: firstStep(a, WHITE, (c) => contrast(c, DARK_PANEL) >= DARK_TARGET) ?? WHITE,
    600: mix(a, WHITE, 0.12),
    700: a,
    800: mix(a, BLACK, 0.2),
  };
}

/** The pairs of the light theme the accent must pass, worded for the author: text colour, background (a shade or a page colour), and where they meet. */
const LIGHT_PAIRS = [
  { text: WHITE, on: 700, what: "white text on it (buttons, the Accountable tag)" },
  { text: 700, on: LIGHT_PANEL, what: "a link in it on the header's light grey" },
  { text: 700, on: 50, what: "a link in it on its pale tint" },
  { text: 800, on: 100, what: "its darker shade on its pale tint (the Responsible tag)" },
] as const;

const worstLightPair = (accent: string) => {
  const shades = brandShades(accent);
  const colour = (c: string | keyof typeof shades) => (typeof c === "string" ? c : shades[c]);
  return LIGHT_PAIRS.map((p) => ({ what: p.what, ratio: contrast(colour(p.text), colour(p.on)) })).sort((x, y) => x.ratio - y.ratio)[0]!;
};

const passes = (accent: string) => worstLightPair(accent).ratio >= MIN_CONTRAST;

/**
 * Why an accent colour cannot be used, or undefined if it can: the light theme's pairs must all
 * reach 4.5:1, and the dark theme uses a lightened shade that always does (brandShades). The
 * message names the ratio and a darker colour of the same hue that passes.
 */
export function accentProblem(accent: string): string | undefined {
  const worst = worstLightPair(accent);
  if (worst.ratio >= MIN_CONTRAST) return undefined;
  // Black passes every pair, so a step towards it always does.
  const darker = firstStep(accent.toLowerCase(), BLACK, passes) ?? BLACK;
  return `"${accent}" is too light: ${worst.what} has a contrast of ${worst.ratio.toFixed(2)}:1, and text needs at least ${MIN_CONTRAST}:1. Use a darker colour, such as "${darker}"`;
}

/** The stylesheet that gives the brand shades their values (tailwind.config.ts reads them as custom properties). */
export const brandCss = (accent: string): string =>
  `:root{${Object.entries(brandShades(accent))
    .map(([shade, hex]) => `--brand-${shade}:${hex}`)
    .join(";")}}\n`;
