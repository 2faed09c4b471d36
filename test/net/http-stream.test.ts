// examples/http-server streams GET /big (128 KiB, produced while space() allows and continued from
// onAck) intact: the length it announces, the CRC-32 it announces, and the bytes this test expects
// (same SHA-256), to a fast reader, to 4 readers at once, to a reader that stops reading for a while
// (backpressure), and on a kept-alive connection followed by another request. Natively and under --node.
import { createHash } from "node:crypto";
import * as http from "node:http";
import { MODES, RawClient, request, startExample, statsUntil } from "./http-support";

const BIG_BYTES = 131072;
const ROTOR = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRST";

/** /big as the sketch documents it: 2048 lines of "NNNNNN " + ROTOR rotated by N + "\n". */
function expectedBig(): Buffer {
  let text = "";
  for (let n = 0; n < 2048; n++) {
    const shift = n % ROTOR.length;
    text += `${String(n).padStart(6, "0")} ${ROTOR.slice(shift)}${ROTOR.slice(0, shift)}\n`;
  }
  return Buffer.from(text, "latin1");
}

function crc32(data: Buffer): string {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ((c ^ 0xffffffff) >>> 0).toString(16).padStart(8, "0");
}

const sha256 = (data: Buffer): string => createHash("sha256").update(data).digest("hex");
const EXPECTED = expectedBig();

function download(port: number): Promise<{ body: Buffer; length: string; crc: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/big", agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ body: Buffer.concat(chunks), length: String(response.headers["content-length"]), crc: String(response.headers["x-body-crc32"]) }),
        );
      })
      .on("error", reject);
  });
}

const checksums = new Map<string, string[]>();

describe.each(MODES)("examples/http-server /big %s", (mode, args) => {
  test("streamed intact: alone, 4 at once, to a paused reader, then keep-alive", async () => {
    const server = await startExample("http-server", 80, args);
    try {
      const one = await download(server.port);
      expect(one.length).toBe(String(BIG_BYTES));
      expect(one.body.length).toBe(BIG_BYTES);
      expect(one.crc).toBe(crc32(one.body));
      expect(sha256(one.body)).toBe(sha256(EXPECTED));

      const four = await Promise.all([0, 1, 2, 3].map(() => download(server.port)));
      for (const got of four) expect(sha256(got.body)).toBe(sha256(EXPECTED));

      // A reader that pauses: the server must wait (space() stays short), then finish the body.
      const slow = new RawClient(server.port);
      await slow.send(request("GET", "/big") + request("GET", "/"));
      await slow.until((c) => c.received.length > 8192, "the first 8 KiB");
      slow.socket.pause();
      await new Promise((r) => setTimeout(r, 1500));
      slow.socket.resume();
      const [big, hello] = await slow.responses(2);
      expect(big.body.length).toBe(BIG_BYTES);
      expect(sha256(big.body)).toBe(sha256(EXPECTED));
      expect(hello.body.toString()).toBe("Hello from ts-esp!\n");
      expect(slow.state).toBe("open");
      slow.destroy();

      // A reader that vanishes mid-body leaves nothing behind.
      const quitter = new RawClient(server.port);
      await quitter.send(request("GET", "/big"));
      await quitter.until((c) => c.received.length > 4096, "the first 4 KiB");
      quitter.socket.resetAndDestroy();
      await statsUntil(server.port, (s) => s.connections === 1);
      checksums.set(mode, [one.crc, sha256(one.body)]);
    } finally {
      server.stop();
    }
  });
});

test("native and --node runs stream the same body", () => {
  expect(checksums.get("natively")).toBeDefined();
  expect(checksums.get("natively")).toEqual(checksums.get("under --node"));
});
