// Binary payloads on AsyncClient: onData hands the sketch a plain Uint8Array (printed as Node prints
// one, not as a Buffer), write() sends a Uint8Array view's bytes exactly (zero bytes, values >= 0x80)
// and a string as UTF-8, also through a `string | Uint8Array` union value. Natively, under
// ThreadSanitizer and under --node, with identical output.
import * as net from "node:net";
import * as path from "node:path";
import { runCliAsync } from "../cli/support";

const SKETCH = path.join(__dirname, "sketches", "binary-frames");
const PORT = 47813; // test/net/sketches/binary-frames/src/main.ts
const PAYLOAD = 300;

/** What the sketch sends: a 2-byte length, then (i * 7 + 3) & 0xff, then the "\n" terminator. */
function expectedFrame(): Buffer {
  const frame = Buffer.alloc(PAYLOAD + 3);
  frame.writeUInt16BE(PAYLOAD, 0);
  for (let i = 0; i < PAYLOAD; i++) frame[2 + i] = (i * 7 + 3) & 0xff;
  frame[PAYLOAD + 2] = 0x0a;
  return frame;
}

/** A server that answers every received byte inverted (in the pieces it arrived in); records them. */
async function withInvertingServer<T>(body: (received: Buffer[]) => Promise<T>): Promise<T> {
  const received: Buffer[] = [];
  const server = net.createServer((socket) => {
    socket.on("data", (chunk) => {
      received.push(chunk);
      socket.write(Buffer.from(chunk.map((b) => ~b & 0xff)));
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject); // e.g. EADDRINUSE: another run of this test holds the port
    server.listen(PORT, "127.0.0.1", resolve);
  });
  try {
    return await body(received);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const EXPECTED = [
  "connecting: true",
  "wrote 302 of 310 buffered",
  "empty write 0",
  "terminator 1",
  "answer: 302 bytes, first 254 211 252 245 238 231",
  "Uint8Array(10) [",
  "  254, 211, 252, 245,",
  "  238, 231, 224, 217,",
  "  210, 203",
  "]",
  "crc sent 60, expected 212, got 212, segments > 0 true",
  "closed after 302 bytes",
  "",
].join("\n");

describe.each([
  ["natively", [] as string[]],
  ["under ThreadSanitizer", ["--sanitize", "thread"]],
  ["under --node", ["--node"]],
])("binary frames %s", (_how, args) => {
  test("a Uint8Array view goes out byte for byte; the answer comes back as Uint8Array segments", async () => {
    await withInvertingServer(async (received) => {
      const r = await runCliAsync(["run", ...args, SKETCH]);
      expect(r.stderr).not.toMatch(/ThreadSanitizer|AddressSanitizer|runtime error/);
      expect(r.stdout).toBe(EXPECTED);
      expect(r.status).toBe(0);
      expect(Buffer.concat(received).equals(expectedFrame())).toBe(true);
    });
  });
});
