import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// A site path: /roles, /compare/…, /search-index.json and the like.
const SITE_PATH = String.raw`/^\/(roles|compare|ladders|responsibilities|teams|search|search-index\.json|data|islands|sitemap\.xml|robots\.txt|_redirects|404)(\/|\.|#|\?|$)/`;

// The code that ships or builds the site, as against its tests.
const SOURCE = ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "scripts/**/*.{ts,mjs}"];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "out/**",
      "dist/**",
      "public/islands/**",
      "node_modules/**",
      "next-env.d.ts",
      "bench-tmp/**",
      "test-results/**",
      "playwright-report/**",
      ".next-*/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // Leading underscores mark values destructured only to leave them out.
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
      // It asks for next/link to keep client-side navigation, which this site does not ship: its pages use plain <a>.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    // Every address is built by lib/site/routes.ts, so a path typed out by hand cannot drift from it
    // (and a base path can be added in one place).
    files: SOURCE,
    ignores: ["lib/site/routes.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: `Literal[value=${SITE_PATH}], TemplateLiteral > TemplateElement:first-child[value.raw=${SITE_PATH}]`,
          message: "Build site addresses with lib/site/routes.ts instead of writing the path here.",
        },
        {
          // Any address written out in a link or in a page's metadata, the home page's "/" too, would miss the base path.
          selector:
            "JSXAttribute[name.name=/^(href|src|action)$/] > Literal[value=/^\\//], Property[key.name=/^(canonical|url|href|src)$/] > Literal[value=/^\\//]",
          message: "Build site addresses with lib/site/routes.ts (HOME for the home page), so they carry the base path.",
        },
      ],
    },
  },
  {
    // Short functions read as one thought; a longer one is a sign that a part wants a name.
    files: SOURCE,
    rules: { "max-lines-per-function": ["error", { max: 80 }] },
  },
  {
    // Islands ship to the browser within 3 KB each: no framework, no zod.
    files: ["components/islands/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(react|react-dom|next)(/.*)?$", message: "Islands are plain DOM code: the pages ship no framework." },
            { regex: "^zod(/.*)?$", message: "Islands stay within 3 KB: validate data in lib/ at build time instead." },
          ],
        },
      ],
    },
  },
];

export default config;
