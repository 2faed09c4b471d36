// onTimeout under --node (a Node difference fixed): a sketch streams to a server on the PC that never
// reads; once the kernel's buffers are full its last writes stay unacknowledged (Node: not yet handed
// to the kernel) past setAckTimeout(1000), and onTimeout fires on the next poll tick. Natively
// AsyncTCP reports an ack timeout only for bytes sent after the last ack (a peer that stopped
// acknowledging, e.g. a lost link); a full receive window keeps being acknowledged by window probes,
// so this sketch is run under Node only. The default ack timeout is CONFIG_ASYNC_TCP_MAX_ACK_TIME
// from the sketch's ts-esp.json, as natively.
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { makeTemp, removeTemp, runCliAsync, writeSketchProject } from "../cli/support";

const SKETCH = path.join(__dirname, "sketches", "ack-timeout");
const PORT = 47815; // test/net/sketches/ack-timeout/src/main.ts

const EXPECTED = ["connecting: true", "ack timeout: waited 1000..4999 ms true, wrote more than 64 KiB true", "gave up after 1 timeout", ""].join("\n");

/** Runs `sketch` under --node against a server that never reads. */
async function runAgainstSilentReader(sketch: string): Promise<{ stdout: string; status: number | null; peers: number }> {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => {
    socket.pause(); // never reads
    socket.on("error", () => {});
    sockets.push(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject); // e.g. EADDRINUSE: another run of this test holds the port
    server.listen(PORT, "127.0.0.1", resolve);
  });
  try {
    const r = await runCliAsync(["run", "--node", sketch], { timeoutMs: 60_000 });
    return { stdout: r.stdout, status: r.status, peers: sockets.length };
  } finally {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}

test("under --node onTimeout fires when written bytes wait longer than setAckTimeout", async () => {
  expect(await runAgainstSilentReader(SKETCH)).toEqual({ stdout: EXPECTED, status: 0, peers: 1 });
});

test("under --node the default ack timeout is ts-esp.json's CONFIG_ASYNC_TCP_MAX_ACK_TIME", async () => {
  const tmp = makeTemp("ack-timeout");
  try {
    const main = fs.readFileSync(path.join(SKETCH, "src", "main.ts"), "utf8");
    expect(main).toContain("client.setAckTimeout(1000);");
    const dir = writeSketchProject(path.join(tmp, "sketch"), main.replace("client.setAckTimeout(1000);", ""), {
      "ts-esp.json": JSON.stringify({ defines: { CONFIG_ASYNC_TCP_MAX_ACK_TIME: 1000 } }),
    });
    expect(await runAgainstSilentReader(dir)).toEqual({ stdout: EXPECTED, status: 0, peers: 1 });
  } finally {
    removeTemp(tmp);
  }
});
