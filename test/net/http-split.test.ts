// examples/http-server parses requests however TCP cuts them: a sequence of requests sent one byte
// per segment, the same sequence split in two at every byte position, all of it pipelined in one
// write, and pipelined in seeded random pieces. Every way gives the same responses, in order, and
// the same bytes natively, under --node and natively under ThreadSanitizer (which reports no race).
import { MODES, RawClient, request, startExample, statusesOf, sanitizerReport, THREAD_SANITIZER } from "./http-support";

const SEQUENCE = [
  request("GET", "/"),
  request("POST", "/echo", ["Content-Type: text/plain"], "split me anywhere"),
  request("HEAD", "/big"),
  request("GET", "/nowhere?q=1"),
  "\r\nGET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", // a stray CRLF before a request is allowed
  request("POST", "/echo", ["Expect: 100-continue"], "after continue"),
];
const TEXT = SEQUENCE.join("");
const BODILESS = [false, false, true, false, false, false];
const SHORT = request("GET", "/") + request("POST", "/echo", [], "x=1&y=2");

/** Sends `pieces` as separate writes (with a pause so each travels in its own segment); returns everything received. */
async function exchange(port: number, pieces: string[], count: number, gapMs: number): Promise<string> {
  const client = new RawClient(port);
  try {
    await client.ready();
    client.socket.setNoDelay(true);
    for (const piece of pieces) {
      await client.send(piece);
      if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
    }
    await client.responses(count, BODILESS);
    return client.text();
  } finally {
    client.destroy();
  }
}

/** A deterministic pseudo-random generator (xorshift32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

const transcripts = new Map<string, string[]>();

describe.each([...MODES, THREAD_SANITIZER])("examples/http-server request splitting %s", (mode, args) => {
  test("byte by byte, every split point, pipelined, random pieces", async () => {
    const server = await startExample("http-server", 80, args);
    try {
      const whole = await exchange(server.port, [TEXT], SEQUENCE.length, 0);
      expect(statusesOf(whole, BODILESS)).toEqual([200, 200, 200, 404, 200, 100, 200]);
      expect(whole).toContain("\r\n\r\nsplit me anywhere");
      expect(whole.endsWith("\r\n\r\nafter continue")).toBe(true);

      const byteByByte = await exchange(server.port, TEXT.split(""), SEQUENCE.length, 1);
      expect(byteByByte).toBe(whole);

      const next = random(0x5eed);
      for (let round = 0; round < 5; round++) {
        const pieces: string[] = [];
        for (let at = 0; at < TEXT.length; ) {
          const size = 1 + Math.floor(next() * 40);
          pieces.push(TEXT.slice(at, at + size));
          at += size;
        }
        expect(await exchange(server.port, pieces, SEQUENCE.length, 2)).toBe(whole);
      }

      // SHORT split in two at every position, 8 connections at a time.
      const reference = await exchange(server.port, [SHORT], 2, 0);
      for (let at = 1; at < SHORT.length; at += 8) {
        const batch = [];
        for (let cut = at; cut < Math.min(at + 8, SHORT.length); cut++) batch.push(exchange(server.port, [SHORT.slice(0, cut), SHORT.slice(cut)], 2, 5));
        for (const got of await Promise.all(batch)) expect(got).toBe(reference);
      }
      expect(await sanitizerReport(server)).toBe("");
      transcripts.set(mode, [whole, reference]);
    } finally {
      server.stop();
    }
  });
});

test("native, --node and ThreadSanitizer runs give the same bytes", () => {
  expect(transcripts.get("natively")).toBeDefined();
  expect(transcripts.get("natively")).toEqual(transcripts.get("under --node"));
  expect(transcripts.get("natively")).toEqual(transcripts.get("under ThreadSanitizer"));
});
