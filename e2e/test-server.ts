import http from "node:http";
import type { AddressInfo } from "node:net";
import { createSiteHandler } from "../scripts/serve";

/**
 * An export served as `npm start` serves it, inside the test's own process. Its keep-alive sockets
 * never time out: a test that parses pages between requests blocks the event loop past Node's 5 s
 * keep-alive timeout, and the server then closed a socket fetch was reusing (ECONNRESET, a flaky
 * failure seen in CI). `close` ends every connection, so no idle socket keeps the worker alive.
 */
export async function serveExport(options: Parameters<typeof createSiteHandler>[0]): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer(createSiteHandler(options));
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
