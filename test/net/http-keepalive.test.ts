// examples/http-server keep-alive: node:http's keep-alive agent reuses one connection for many
// requests; "Connection: close" and HTTP/1.0 without keep-alive close after the response; HTTP/1.0
// with "Connection: keep-alive" stays open; an idle kept-alive connection is closed by the server
// after its idle timeout (5 s), and /stats counts the open connections throughout.
import * as http from "node:http";
import { MODES, RawClient, request, startExample, stats, statsUntil } from "./http-support";

const IDLE_TIMEOUT_MS = 5000;

function get(agent: http.Agent, port: number, path: string): Promise<{ body: string; reused: boolean; connection: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path, agent }, (response) => {
      let body = "";
      response.setEncoding("latin1");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ body, reused: req.reusedSocket, connection: String(response.headers.connection) }));
    });
    req.on("error", reject);
  });
}

const transcripts = new Map<string, string[]>();

describe.each(MODES)("examples/http-server keep-alive %s", (mode, args) => {
  test("reuse, Connection: close, HTTP/1.0, idle timeout", async () => {
    const server = await startExample("http-server", 80, args);
    try {
      const seen: string[] = [];
      const before = await stats(server.port);

      // node:http with a keep-alive agent: 25 requests, one connection.
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      for (let i = 0; i < 25; i++) {
        const got = await get(agent, server.port, i % 5 === 4 ? "/missing" : "/");
        expect(got.connection).toBe("keep-alive");
        expect(got.reused).toBe(i > 0);
      }
      const during = await stats(server.port);
      expect(during.accepted - before.accepted).toBe(2); // the agent's one connection and this /stats one
      expect(during.connections).toBeGreaterThanOrEqual(2); // the agent's, still open, and this one
      agent.destroy();

      // Connection: close is honoured.
      const closing = new RawClient(server.port);
      await closing.send(request("GET", "/", ["Connection: close"]));
      const [closed] = await closing.responses(1);
      expect(closed.headers.get("connection")).toBe("close");
      await closing.closed(5000);
      seen.push(closing.text());

      // HTTP/1.0 closes by default, stays open when asked.
      const old = new RawClient(server.port);
      await old.send("GET / HTTP/1.0\r\n\r\n");
      await old.responses(1);
      await old.closed(5000);
      seen.push(old.text());
      const oldKept = new RawClient(server.port);
      await oldKept.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
      await oldKept.responses(1);
      await oldKept.send("GET /missing HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
      await oldKept.responses(2);
      expect(oldKept.state).toBe("open");
      seen.push(oldKept.text());
      oldKept.destroy();

      // A kept-alive connection left idle is closed by the server after about IDLE_TIMEOUT_MS.
      const idle = new RawClient(server.port);
      await idle.send(request("GET", "/"));
      await idle.responses(1);
      const idleSince = Date.now();
      await idle.closed(IDLE_TIMEOUT_MS + 3000);
      const idleFor = Date.now() - idleSince;
      expect(idleFor).toBeGreaterThanOrEqual(IDLE_TIMEOUT_MS - 600);
      expect(idle.state).toBe("closed");
      seen.push(idle.text());

      // Everything above is gone again: only the /stats connection itself is open.
      await statsUntil(server.port, (s) => s.connections === 1, 5000);
      transcripts.set(mode, seen);
    } finally {
      server.stop();
    }
  });
});

test("native and --node runs keep connections alive with the same bytes", () => {
  expect(transcripts.get("natively")).toBeDefined();
  expect(transcripts.get("natively")).toEqual(transcripts.get("under --node"));
});
