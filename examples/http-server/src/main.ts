// A small HTTP/1.1 server on ts-esp's AsyncServer: routing, keep-alive, pipelining, a 128 KiB body
// streamed with backpressure, and strict request parsing (400/413/431 and friends). The routes are in
// routes.ts; the protocol in http/. On the PC: `npx ts-esp run examples/http-server`, then
// `curl http://127.0.0.1:<port>/` with the port it prints. See README.md.

import { HttpConnection } from "./http/connection";
import { ServerStats } from "./http/stats";
import { createRoutes } from "./routes";

const HTTP_PORT = 80;

const server = new AsyncServer(HTTP_PORT);
const stats = new ServerStats();

export function setup(): void {
  WiFi.begin("your-ssid", "your-password");
  const router = createRoutes(stats, () => ESP.getFreeHeap());
  server.onClient((client: AsyncClient) => {
    new HttpConnection(client, router, stats);
  });
  server.begin();
  console.log(`http server listening on port ${HTTP_PORT}: status ${server.status()}`);
}
