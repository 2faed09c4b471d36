// onTimeout under --node (a Node difference fixed): a sketch streams to a server on the PC that never
// reads; once the kernel's buffers are full its last writes stay unacknowledged (Node: not yet handed
// to the kernel) past setAckTimeout(1000), and onTimeout fires on the next poll tick. Natively
// AsyncTCP reports an ack timeout only for bytes sent after the last ack (a peer that stopped
// acknowledging, e.g. a lost link); a full receive window keeps being acknowledged by window probes,
// so this sketch is run under Node only.
import * as net from "node:net";
import * as path from "node:path";
import { runCliAsync } from "../cli/support";

const SKETCH = path.join(__dirname, "sketches", "ack-timeout");
const PORT = 47815; // test/net/sketches/ack-timeout/src/main.ts

test("under --node onTimeout fires when written bytes wait longer than the ack timeout", async () => {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => {
    socket.pause(); // never reads
    socket.on("error", () => {});
    sockets.push(socket);
  });
  await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
  try {
    const r = await runCliAsync(["run", "--node", SKETCH], { timeoutMs: 60_000 });
    expect(r.stdout).toBe(
      ["connecting: true", "ack timeout: waited at least 1000 ms true, wrote more than 64 KiB true", "gave up after 1 timeout", ""].join("\n"),
    );
    expect(r.status).toBe(0);
    expect(sockets).toHaveLength(1);
  } finally {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
});
