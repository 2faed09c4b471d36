// examples/http-server routing: each route's answer, 404 for unknown paths, 405 (with Allow) for a
// known path under another method, HEAD without a body; the same bytes natively and under --node.
// Clients: raw sockets on 127.0.0.1 and node:http.
import * as http from "node:http";
import { fetchOnce, MODES, request, startExample, type HttpResponse } from "./http-support";

/** Status line, headers and body as one text, for comparing runs. */
function wire(response: HttpResponse): string {
  return `${response.head}\r\n\r\n${response.body.toString("latin1")}`;
}

function httpGet(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, agent: false }, (response) => {
        let body = "";
        response.setEncoding("latin1");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"] ?? "", body }));
      })
      .on("error", reject);
  });
}

const transcripts = new Map<string, string[]>();

describe.each(MODES)("examples/http-server routing %s", (mode, args) => {
  test("routes, 404, 405, HEAD", async () => {
    const server = await startExample("http-server", 80, args);
    try {
      const seen: string[] = [];
      const hello = await fetchOnce(server.port, request("GET", "/"));
      expect(hello.status).toBe(200);
      expect(hello.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(hello.headers.get("connection")).toBe("keep-alive");
      expect(hello.body.toString()).toBe("Hello from ts-esp!\n");
      seen.push(wire(hello));

      const withQuery = await fetchOnce(server.port, request("GET", "/?lang=ts&x=1"));
      expect(withQuery.body.toString()).toBe("Hello from ts-esp!\n");
      seen.push(wire(withQuery));

      const missing = await fetchOnce(server.port, request("GET", "/no/such/page"));
      expect(missing.status).toBe(404);
      expect(missing.body.toString()).toBe("nothing at /no/such/page\n");
      seen.push(wire(missing));

      const wrongMethod = await fetchOnce(server.port, request("DELETE", "/stats"));
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get("allow")).toBe("GET, HEAD");
      seen.push(wire(wrongMethod));

      const echoed = await fetchOnce(server.port, request("POST", "/echo", ["Content-Type: text/x-greeting"], "ping: 123 & more"));
      expect(echoed.status).toBe(200);
      expect(echoed.headers.get("content-type")).toBe("text/x-greeting");
      expect(echoed.body.toString()).toBe("ping: 123 & more");
      seen.push(wire(echoed));

      const allBytes = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join("");
      const binary = await fetchOnce(server.port, request("POST", "/echo", ["Content-Type: application/octet-stream"], allBytes));
      expect(binary.headers.get("content-length")).toBe("256");
      expect([...binary.body]).toEqual(Array.from({ length: 256 }, (_, i) => i));
      seen.push(wire(binary));

      const emptyPost = await fetchOnce(server.port, request("POST", "/echo"));
      expect(emptyPost.status).toBe(200);
      expect(emptyPost.headers.get("content-length")).toBe("0");
      seen.push(wire(emptyPost));

      const head = await fetchOnce(server.port, request("HEAD", "/big"));
      expect(head.status).toBe(200);
      expect(head.headers.get("content-length")).toBe("131072");
      expect(head.headers.get("x-body-crc32")).toMatch(/^[0-9a-f]{8}$/);
      expect(head.body.length).toBe(0);
      seen.push(wire(head));

      const status = await httpGet(server.port, "/stats");
      expect(status.status).toBe(200);
      expect(status.type).toBe("application/json");
      const fields = JSON.parse(status.body) as Record<string, number>;
      expect(Object.keys(fields)).toEqual(["connections", "accepted", "requests", "rejected", "freeHeap", "uptimeMs"]);
      expect(fields.connections).toBeGreaterThanOrEqual(1);
      expect(fields.requests).toBeGreaterThanOrEqual(8);
      expect(fields.freeHeap).toBeGreaterThan(0);

      const viaHttp = await httpGet(server.port, "/");
      expect(viaHttp).toEqual({ status: 200, type: "text/plain; charset=utf-8", body: "Hello from ts-esp!\n" });
      transcripts.set(mode, seen);
    } finally {
      server.stop();
    }
  });
});

test("native and --node runs answer byte for byte the same", () => {
  expect(transcripts.get("natively")).toBeDefined();
  expect(transcripts.get("natively")).toEqual(transcripts.get("under --node"));
});
