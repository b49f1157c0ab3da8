// @ts-check
/*
 * The Next.js adapter (next.config.ts adapterPath): once `next build` has written the static
 * export, onBuildComplete hands it to scripts/finish-export.ts, which removes the client runtime.
 * This file is JavaScript because Next imports the adapter with plain Node; tsx loads the rest.
 */
import path from "node:path";
import { tsImport } from "tsx/esm/api";

/** @type {import("next").NextAdapter} */
const adapter = {
  name: "team-roles-static-pages",
  async onBuildComplete({ outputs, config }) {
    if (config.output !== "export") throw new Error(`${adapter.name} post-processes a static export; set output: "export".`);
    // Next does not pass the export folder, but lists every exported file with its path; the home page is at its top.
    const home = outputs.staticFiles.find((f) => f.pathname === "/index");
    if (!home) throw new Error(`${adapter.name}: the export has no index.html.`);
    const outDir = path.dirname(home.filePath);
    const { finishExport } = await tsImport("./finish-export.ts", import.meta.url);
    await finishExport(outDir);
  },
};

export default adapter;
