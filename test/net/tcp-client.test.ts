// examples/tcp-client end to end: the sketch connects to a server this test runs on 127.0.0.1:47807
// (10.0.2.2 from the sketch natively, mapped to 127.0.0.1 under --node), prints the reply, closes, and
// the program ends by itself; with nothing listening it reports the refusal; a server that accepts
// and never answers makes it give up after its rx timeout. Native, TSan and Node runs must print the
// same lines.
import * as net from "node:net";
import { runCliAsync } from "../cli/support";

const PORT = 47807; // examples/tcp-client/src/main.ts

const run = (args: string[]) => runCliAsync(["run", ...args, "examples/tcp-client"]);

/** A server answering each received chunk with "pong: " + the chunk (unless `silent`); records what it received. */
async function withServer<T>(body: (received: string[]) => Promise<T>, silent = false): Promise<T> {
  const received: string[] = [];
  const server = net.createServer((socket) => {
    socket.on("data", (chunk) => {
      received.push(chunk.toString());
      if (!silent) socket.write(`pong: ${chunk.toString()}`);
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
  try {
    return await body(received);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const CONNECTED = [
  "connecting: true",
  "connected: true",
  "reply: pong: ping from ts-esp",
  "after close: connected false, write 0, space 0",
  "disconnected",
  "",
].join("\n");
const REFUSED = ["connecting: true", "error -14: Connection reset", "disconnected", ""].join("\n");
const NO_REPLY = ["connecting: true", "connected: true", "disconnected: no reply within 2 s", ""].join("\n");

describe.each([
  ["natively", [] as string[]],
  ["under ThreadSanitizer", ["--sanitize", "thread"]],
  ["under --node", ["--node"]],
])("examples/tcp-client %s", (_how, args) => {
  test("reaches the PC's server, prints the reply, closes and exits 0", async () => {
    await withServer(async (received) => {
      const r = await run(args);
      expect(r.stderr).not.toMatch(/ThreadSanitizer|AddressSanitizer|runtime error/);
      expect(r.stdout).toBe(CONNECTED);
      expect(r.status).toBe(0);
      expect(received.join("")).toBe("ping from ts-esp\n");
    });
  });

  test("a server that never answers: the rx timeout closes the connection, exit 0", async () => {
    await withServer(async (received) => {
      const started = Date.now();
      const r = await run(args);
      expect(r.stdout).toBe(NO_REPLY);
      expect(r.status).toBe(0);
      expect(received.join("")).toBe("ping from ts-esp\n");
      expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    }, true);
  });

  test("a refused connection: onError(-14) then onDisconnect, exit 0", async () => {
    const r = await run(args);
    expect(r.stdout).toBe(REFUSED);
    expect(r.status).toBe(0);
  });
});
