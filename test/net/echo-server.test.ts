// examples/echo-server end to end: the TS sketch runs natively (lwIP + slirp, port forwarded to
// 127.0.0.1), natively under ThreadSanitizer, and under `--node`; real TCP clients on 127.0.0.1 must
// get back exactly the bytes they sent, and the sketch must print the same lines in every run.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as net from "node:net";
import * as path from "node:path";

const REPO = path.resolve(__dirname, "..", "..");
const BIN = path.join(REPO, "bin", "ts-esp.js");

interface Run {
  child: ChildProcessWithoutNullStreams;
  out: { stdout: string; stderr: string };
}

function start(args: string[]): Run {
  const child = spawn(process.execPath, [BIN, "run", ...args], { cwd: REPO, detached: true });
  const out = { stdout: "", stderr: "" };
  child.stdout.on("data", (c: Buffer) => (out.stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (out.stderr += c.toString()));
  return { child, out };
}

function stop(run: Run): void {
  try {
    process.kill(-run.child.pid!, "SIGKILL"); // its own process group: reaches the native sketch too
  } catch {
    // already gone
  }
}

async function waitFor(run: Run, stream: "stdout" | "stderr", pattern: RegExp, ms = 300_000): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  for (;;) {
    const match = run.out[stream].match(pattern);
    if (match) return match;
    if (run.child.exitCode !== null) throw new Error(`exited ${run.child.exitCode}: ${run.out.stdout}\n${run.out.stderr}`);
    if (Date.now() > until) throw new Error(`no ${pattern} on ${stream}: ${run.out.stdout}\n${run.out.stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Connects, sends `payload` in `pieces` writes, half-closes and resolves with everything echoed before the close. */
function echo(port: number, payload: string, pieces = 1): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      const size = Math.ceil(payload.length / pieces);
      for (let i = 0; i < payload.length; i += size) socket.write(payload.slice(i, i + size));
    });
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      if (received.length >= payload.length) socket.end();
    });
    const timer = setTimeout(() => reject(new Error(`echo timed out after ${received.length} of ${payload.length} bytes`)), 30_000);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

const SMALL = "hello, echo\n";
const LARGE = Array.from({ length: 4000 }, (_, i) => `line ${i} of the large payload\n`).join(""); // ~120 KiB

/** Drives one run: sequential clients (their lines must match across runs), then 8 at once. */
async function exercise(args: string[]): Promise<string> {
  const run = start([...args, "--forward", "0:7", "examples/echo-server"]);
  try {
    const forwarded = await waitFor(run, "stderr", /forwarding 127\.0\.0\.1:(\d+) -> guest port 7/);
    await waitFor(run, "stdout", /listening on port 7: status 1/);
    const port = Number(forwarded[1]);
    expect(await echo(port, SMALL)).toBe(SMALL);
    await waitFor(run, "stdout", /client 1 disconnected/, 30_000);
    expect(await echo(port, LARGE, 16)).toBe(LARGE);
    await waitFor(run, "stdout", /client 2 disconnected/, 30_000);
    const many = await Promise.all(Array.from({ length: 8 }, (_, i) => echo(port, `${i}:${SMALL.repeat(50 + i)}`, 3)));
    many.forEach((got, i) => expect(got).toBe(`${i}:${SMALL.repeat(50 + i)}`));
    await waitFor(run, "stdout", /client 10 disconnected/, 30_000);
    const sequential = run.out.stdout.split("\n").slice(0, 5).join("\n");
    expect(run.out.stderr).not.toMatch(/ThreadSanitizer|AddressSanitizer|runtime error/);
    return sequential;
  } finally {
    stop(run);
  }
}

const EXPECTED = [
  "echo server listening on port 7: status 1",
  "client 1 connected",
  "client 1 disconnected",
  "client 2 connected",
  "client 2 disconnected",
].join("\n");

describe("examples/echo-server", () => {
  test("natively: real clients on 127.0.0.1 get their bytes back", async () => {
    expect(await exercise([])).toBe(EXPECTED);
  });

  test("under --node: the same bytes and the same lines", async () => {
    expect(await exercise(["--node"])).toBe(EXPECTED);
  });

  test("natively under ThreadSanitizer: no data race between the async_tcp task and the TS loop", async () => {
    expect(await exercise(["--sanitize", "thread"])).toBe(EXPECTED);
  });
});
