// `npm start`: runs the server that `npm run build` bundled, with plain Node and no dev tools.
import fs from "node:fs";

const bundle = new URL("../dist/serve.mjs", import.meta.url);
if (!fs.existsSync(bundle)) {
  console.error("The site is not built yet. Run `npm run build` first, then `npm start`.");
  process.exit(1);
}
const { main } = await import(bundle.href);
main();
