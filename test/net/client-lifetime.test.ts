// AsyncClient lifetimes (issue 5 item 2): after close() or the disconnect every method returns
// 0/false/"" and no callback but onDisconnect (exactly once) runs, even while the peer keeps sending;
// a client without callbacks that the sketch drops is closed and freed natively (the server sees its
// FIN while the sketch still runs; AddressSanitizer's leak check finds nothing at exit); such a client
// never keeps the program running. Native, ThreadSanitizer, AddressSanitizer and --node print the same
// lines; only the moment the dropped connection closes differs under Node (at exit, not when dropped).
import * as net from "node:net";
import * as path from "node:path";
import { runCliAsync } from "../cli/support";

const SKETCH = path.join(__dirname, "sketches", "client-lifetime");
const PORT = 47814; // test/net/sketches/client-lifetime/src/main.ts

const EXPECTED = [
  "silent client connecting: true",
  "talker connecting: true",
  "talker connected: true",
  "first data: true",
  'after close(): connected false, write 0, write bytes 0, space 0, canSend false, ack 0, remote "":0, local "":0',
  "close, abort and setters again: no effect",
  "talker disconnected (1): callbacks after close 0",
  'after the disconnect: connected false, write 0, write bytes 0, space 0, canSend false, ack 0, remote "":0, local "":0',
  "later: disconnects 1, callbacks after close 0",
  "silent client dropped: 0 held",
  "server noted the status request",
  "reporter done",
  "",
].join("\n");

interface ServerLog {
  connections: number;
  /** Connections other than the reporter still open when "status?" arrived. */
  openAtStatus: number | undefined;
  ended: number;
}

/** Sends "tick\n" to every connection every 20 ms until it ends; answers "status?" with "noted". */
async function withTickingServer<T>(body: (log: ServerLog) => Promise<T>): Promise<T> {
  const log: ServerLog = { connections: 0, openAtStatus: undefined, ended: 0 };
  const open = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    log.connections++;
    open.add(socket);
    const ticks = setInterval(() => socket.write("tick\n"), 20);
    socket.on("data", (chunk) => {
      if (!chunk.toString().includes("status?")) return;
      clearInterval(ticks);
      log.openAtStatus = [...open].filter((s) => s !== socket).length;
      socket.write("noted\n");
    });
    const gone = () => {
      clearInterval(ticks);
      if (open.delete(socket)) log.ended++;
    };
    socket.on("end", () => {
      gone();
      socket.end();
    });
    socket.on("close", gone);
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject); // e.g. EADDRINUSE: another run of this test holds the port
    server.listen(PORT, "127.0.0.1", resolve);
  });
  try {
    return await body(log);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe.each([
  ["natively", [] as string[], 0],
  ["under ThreadSanitizer", ["--sanitize", "thread"], 0],
  ["under AddressSanitizer (leak check at exit)", ["--sanitize", "address"], 0],
  ["under --node", ["--node"], 1],
])("client lifetimes %s", (_how, args, openAtStatus) => {
  test("closed clients are inert, callbacks stop, a dropped client is closed, the program ends", async () => {
    await withTickingServer(async (log) => {
      const r = await runCliAsync(["run", ...args, SKETCH]);
      expect(r.stderr).not.toMatch(/ThreadSanitizer|AddressSanitizer|LeakSanitizer|runtime error/);
      expect(r.stdout).toBe(EXPECTED);
      expect(r.status).toBe(0);
      expect(log.connections).toBe(3);
      expect(log.openAtStatus).toBe(openAtStatus); // natively the dropped client's FIN came first
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(log.ended).toBe(3);
    });
  });
});
