import type { Config } from "tailwindcss";

/*
 * The theme tokens the components use, loaded by app/globals.css with @config. `colors` replaces
 * Tailwind's palette rather than extending it: only these colours exist, in sRGB hex, so the
 * stylesheet carries no unused or oklch-plus-fallback copies. A colour a component needs must
 * be added here, or its classes produce no CSS.
 */
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    colors: {
      white: "#fff",
      slate: {
        50: "#f8fafc",
        100: "#f1f5f9",
        200: "#e2e8f0",
        300: "#cbd5e1",
        400: "#94a3b8",
        500: "#64748b",
        600: "#475569",
        700: "#334155",
        800: "#1e293b",
        900: "#0f172a",
        950: "#020617",
      },
      red: { 300: "#fca5a5", 400: "#f87171", 700: "#b91c1c", 800: "#991b1b" },
      amber: { 50: "#fffbeb", 300: "#fcd34d", 400: "#fbbf24", 500: "#f59e0b", 900: "#78350f", 950: "#451a03" },
      emerald: { 50: "#ecfdf5", 300: "#6ee7b7", 600: "#059669", 800: "#065f46", 950: "#022c22" },
      // The site file's accent colour: /site.css gives each shade its value (lib/content/accent.ts).
      brand: Object.fromEntries([50, 100, 200, 300, 600, 700, 800].map((shade) => [shade, `var(--brand-${shade})`])),
    },
    extend: {
      fontFamily: {
        sans: ["system-ui", "-apple-system", '"Segoe UI"', "Roboto", '"Helvetica Neue"', "Arial", "sans-serif"],
      },
    },
  },
};

export default config;
