import typography from "@tailwindcss/typography";
import type { Config } from "tailwindcss";

// Loaded from app/globals.css with @config: the theme tokens the components use live here.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
      },
      colors: {
        brand: {
          50: "#eef4ff",
          100: "#dae6ff",
          600: "#1d4ed8",
          700: "#1e40af",
          800: "#1e3a8a",
          300: "#93b4fd",
          200: "#bfd3fe",
        },
      },
      maxWidth: { prose: "70ch" },
    },
  },
  plugins: [typography],
};

export default config;
