// AsyncClient's getters, write/canSend, onAck, onPoll and rx timeout: the sketch in
// sketches/client-api prints the same lines natively and under --node against a silent server.
import * as net from "node:net";
import * as path from "node:path";
import { runCliAsync } from "../cli/support";

const SKETCH = path.join(__dirname, "sketches", "client-api");
const PORT = 47808;

const run = (args: string[]) => runCliAsync(["run", ...args, SKETCH]);

const EXPECTED = [
  "bad port: false",
  "connecting: true",
  `remotePort ${PORT}, localPort set true, remoteIP set true`,
  "connect again while open: false",
  "wrote 10, write empty 0, canSend true",
  "disconnected: acked 10, polled true, data 0, connected false, remotePort 0",
  "",
].join("\n");

test.each([["natively", [] as string[]], ["under --node", ["--node"]]])("AsyncClient API %s", async (_how, args) => {
  const received: string[] = [];
  const server = net.createServer((socket) => {
    socket.on("data", (chunk) => received.push(chunk.toString())); // never answers
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
  try {
    const started = Date.now();
    const r = await run(args);
    expect(r.stdout).toBe(EXPECTED);
    expect(r.status).toBe(0);
    expect(received.join("")).toBe("0123456789");
    expect(Date.now() - started).toBeGreaterThan(1500); // the 2 s rx timeout ended it
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
