import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createSiteHandler } from "../scripts/serve";

/** A small export written to a temporary folder, served as `npm start` serves out/: its folder, its address, and a way to stop it. */
export async function serveSite(name: string, files: Record<string, string>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  const server = http.createServer(createSiteHandler({ root }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    root,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
