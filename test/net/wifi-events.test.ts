// WiFi's station life cycle (compiler/lib/net.d.ts): status/localIP before begin(), onConnect after
// begin(), onDisconnect(reason 8) after disconnect() with the status and address gone, reconnection
// with begin(), and TCP to the PC after it. The pending events alone keep the program alive; it ends
// (exit 0) when its last connection closes. Native, ThreadSanitizer and --node print the same lines.
import * as net from "node:net";
import * as path from "node:path";
import { runCliAsync } from "../cli/support";

const SKETCH = path.join(__dirname, "sketches", "wifi-events");
const PORT = 47812; // test/net/sketches/wifi-events/src/main.ts

const EXPECTED = [
  'before begin: status true, localIP ""',
  "begin: 3",
  "begin while connected: 3",
  "connected #1: status 3, address given true",
  "disconnect: true",
  "right after disconnect(): status true",
  'disconnected: reason 8, status 6, localIP ""',
  "disconnect again: true",
  "begin again: true",
  "connected #2: status 3, address given true",
  "reply: pong: hello over wifi",
  "connection closed",
  "",
].join("\n");

async function withPongServer<T>(body: () => Promise<T>): Promise<T> {
  const server = net.createServer((socket) => {
    socket.on("data", (chunk) => socket.write(`pong: ${chunk.toString()}`));
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject); // e.g. EADDRINUSE: another run of this test holds the port
    server.listen(PORT, "127.0.0.1", resolve);
  });
  try {
    return await body();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe.each([
  ["natively", [] as string[]],
  ["under ThreadSanitizer", ["--sanitize", "thread"]],
  ["under --node", ["--node"]],
])("WiFi events %s", (_how, args) => {
  test("begin -> onConnect, disconnect -> onDisconnect, begin again -> onConnect, then TCP to the PC", async () => {
    await withPongServer(async () => {
      const r = await runCliAsync(["run", ...args, SKETCH]);
      expect(r.stderr).not.toMatch(/ThreadSanitizer|AddressSanitizer|runtime error/);
      expect(r.stdout).toBe(EXPECTED);
      expect(r.status).toBe(0);
    });
  });
});
