// examples/http-server under load, natively: wrk (Debian's, installed by scripts/setup.sh) holds 200
// keep-alive connections open and sends requests as fast as the server answers, until at least
// 20,000 requests were served; no socket error and no non-2xx response is allowed. /stats, polled
// meanwhile, must have seen the 200 connections open at once, and afterwards the connection count
// and the free heap are back at their baseline.
import { spawn, spawnSync } from "node:child_process";
import { startExample, StatsProbe } from "./http-support";

const CONNECTIONS = 200;
const REQUIRED = 20_000;

interface WrkResult {
  requests: number;
  socketErrors: string;
  non2xx: number;
  text: string;
}

function wrk(port: number, seconds: number): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const args = ["-t2", `-c${CONNECTIONS}`, `-d${seconds}s`, "--timeout", "10s", `http://127.0.0.1:${port}/`];
    const child = spawn("wrk", args);
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("error", reject);
    child.on("close", () =>
      resolve({
        requests: Number(/(\d+) requests in/.exec(text)?.[1] ?? 0),
        socketErrors: /Socket errors:.*/.exec(text)?.[0] ?? "",
        non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1] ?? 0),
        text,
      }),
    );
  });
}

test("natively: 200 keep-alive connections, >= 20,000 requests from wrk, no failures, back to baseline", async () => {
  expect(spawnSync("wrk", ["--version"]).error).toBeUndefined();
  const server = await startExample("http-server", 80, []);
  const probe = new StatsProbe(server.port);
  try {
    // Warm up (first connections, first allocations), then take the baseline.
    await wrk(server.port, 1);
    const baseline = await probe.settled(4096);

    let served = 0;
    let peak = 0;
    for (let round = 0; round < 4 && served < REQUIRED; round++) {
      const load = wrk(server.port, 3);
      const polling = (async () => {
        for (let i = 0; i < 8; i++) {
          await new Promise((r) => setTimeout(r, 250));
          peak = Math.max(peak, (await probe.get()).connections);
        }
      })();
      const result = await load;
      await polling;
      expect({ errors: result.socketErrors, non2xx: result.non2xx }).toEqual({ errors: "", non2xx: 0 });
      expect(result.requests).toBeGreaterThan(0);
      served += result.requests;
    }
    expect(served).toBeGreaterThanOrEqual(REQUIRED);

    const after = await probe.settled(4096);
    expect(after.requests - baseline.requests).toBeGreaterThanOrEqual(served);
    expect(after.rejected).toBe(baseline.rejected);
    expect(peak).toBeGreaterThanOrEqual(CONNECTIONS + 1); // wrk's and the probe's
    // The heap is back where it was: the slack is far below a leak of even 100 bytes per connection
    // or 4 bytes per request.
    expect(Math.abs(after.freeHeap - baseline.freeHeap)).toBeLessThan(64 * 1024);
  } finally {
    probe.close();
    server.stop();
  }
});
