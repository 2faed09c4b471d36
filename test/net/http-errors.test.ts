// examples/http-server refuses what it must: malformed request lines and header fields (400), bodies
// over the limit (413), oversized heads (431), other HTTP versions (505), chunked request bodies (501),
// each answered once and followed by the server closing the connection; requests pipelined before a
// bad one are still answered. The same bytes natively and under --node.
import { MODES, RawClient, request, startExample } from "./http-support";

interface Case {
  name: string;
  send: string;
  status: number;
  /** Responses expected before the error one. */
  before?: number;
}

const LONG_VALUE = "v".repeat(9000);

const CASES: Case[] = [
  { name: "garbage request line", send: "HELLO\r\n\r\n", status: 400 },
  { name: "request line with extra spaces", send: "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", status: 400 },
  { name: "target that is not a path", send: "GET index.html HTTP/1.1\r\nHost: x\r\n\r\n", status: 400 },
  { name: "not HTTP at all", send: "GET / FTP/1.1\r\nHost: x\r\n\r\n", status: 400 },
  { name: "HTTP/2.0 on this connection", send: "GET / HTTP/2.0\r\nHost: x\r\n\r\n", status: 505 },
  { name: "header without a colon", send: "GET / HTTP/1.1\r\nHost: x\r\nJust words\r\n\r\n", status: 400 },
  { name: "space before the colon", send: "GET / HTTP/1.1\r\nHost : x\r\n\r\n", status: 400 },
  { name: "obsolete line folding", send: "GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  continued\r\n\r\n", status: 400 },
  { name: "control character in a value", send: "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\n\r\n", status: 400 },
  { name: "HTTP/1.1 without Host", send: "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", status: 400 },
  { name: "non-numeric Content-Length", send: "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\n", status: 400 },
  { name: "conflicting Content-Length", send: "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", status: 400 },
  { name: "body over 16 KiB", send: "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 16385\r\n\r\n", status: 413 },
  { name: "absurd Content-Length", send: "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n", status: 413 },
  { name: "chunked request body", send: "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", status: 501 },
  { name: "unknown expectation", send: "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: magic\r\nContent-Length: 1\r\n\r\nx", status: 417 },
  { name: "a 9000-byte header", send: `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${LONG_VALUE}\r\n\r\n`, status: 431 },
  { name: "a head that never ends", send: `GET / HTTP/1.1\r\nHost: x\r\n${"X-Filler: 0123456789\r\n".repeat(500)}`, status: 431 },
  { name: "too many header fields", send: `GET / HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 70 }, (_, i) => `X-F${i}: ${i}\r\n`).join("")}\r\n`, status: 431 },
  { name: "good requests, then a bad one", send: `${request("GET", "/")}${request("POST", "/echo", [], "ok")}GET /\r\n\r\n${request("GET", "/")}`, status: 400, before: 2 },
];

const transcripts = new Map<string, string[]>();

describe.each(MODES)("examples/http-server errors %s", (mode, args) => {
  test("each bad request gets its status once, then the connection closes", async () => {
    const server = await startExample("http-server", 80, args);
    try {
      const seen: string[] = [];
      for (const testCase of CASES) {
        const client = new RawClient(server.port);
        try {
          await client.send(testCase.send);
          const before = testCase.before ?? 0;
          const responses = await client.responses(before + 1);
          for (let i = 0; i < before; i++) expect(responses[i].status).toBe(200);
          const refusal = responses[before];
          expect({ name: testCase.name, status: refusal.status }).toEqual({ name: testCase.name, status: testCase.status });
          expect(refusal.headers.get("connection")).toBe("close");
          await client.closed();
          expect(client.text().length).toBe(responses.reduce((n, r) => n + r.head.length + 4 + r.body.length, 0));
          seen.push(`${testCase.name}: ${client.text()}`);
        } finally {
          client.destroy();
        }
      }
      // The largest accepted body still works, and the server is unharmed.
      const limit = new RawClient(server.port);
      await limit.send(request("POST", "/echo", [], "b".repeat(16384)));
      const [echoed] = await limit.responses(1);
      expect(echoed.status).toBe(200);
      expect(echoed.body.length).toBe(16384);
      limit.destroy();
      transcripts.set(mode, seen);
    } finally {
      server.stop();
    }
  });
});

test("native and --node runs refuse with the same bytes", () => {
  expect(transcripts.get("natively")).toBeDefined();
  expect(transcripts.get("natively")).toEqual(transcripts.get("under --node"));
});
