// Support for the examples/http-server and examples/chat suites: start an example with its port
// forwarded to 127.0.0.1 (natively or under --node), and drive it with raw sockets on 127.0.0.1 that
// record every byte, so a test can assert on exact responses and compare runs byte for byte.
import * as http from "node:http";
import * as net from "node:net";
import { startCli, type RunningCli } from "../cli/support";

/** The two ways a sketch runs on the PC; every suite runs its script in both and compares. */
export const MODES: [string, string[]][] = [
  ["natively", []],
  ["under --node", ["--node"]],
];

/** A native run under ThreadSanitizer, for the suites that also check for data races. */
export const THREAD_SANITIZER: [string, string[]] = ["under ThreadSanitizer", ["--sanitize", "thread"]];

/** The first sanitizer report on the example's stderr so far, or "" if there is none. */
export async function sanitizerReport(example: RunningExample): Promise<string> {
  try {
    return (await example.cli.waitFor("stderr", /(ThreadSanitizer|AddressSanitizer|runtime error).*/, 200))[0];
  } catch {
    return "";
  }
}

export interface RunningExample {
  port: number;
  cli: RunningCli;
  stop(): void;
}

/**
 * Starts examples/<name> with guest port `guestPort` forwarded to a free host port; waits until it
 * listens. Suites run in parallel and may build the same example at once: a start that fails that
 * way (e.g. spawn ETXTBSY while the other build links the binary) is retried.
 */
export async function startExample(name: string, guestPort: number, args: string[], env: Record<string, string> = {}): Promise<RunningExample> {
  const forwarding = `forwarding 127\\.0\\.0\\.1:(\\d+) -> guest port ${guestPort}\\b`;
  for (let attempt = 1; ; attempt++) {
    const cli = startCli(["run", ...args, "--forward", `0:${guestPort}`, `examples/${name}`], { env });
    try {
      const first = await cli.waitFor("stderr", new RegExp(`${forwarding}|internal error|failed`), 400_000);
      if (first[1] === undefined) throw new Error(`ts-esp run failed: ${first.input ?? ""}`);
      await cli.waitFor("stdout", /listening on port \d+: status 1/, 60_000);
      return { port: Number(first[1]), cli, stop: () => cli.kill() };
    } catch (error) {
      cli.kill();
      if (attempt >= 3) throw error;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

export interface HttpResponse {
  status: number;
  /** The status line and header block as received, without the blank line. */
  head: string;
  /** Header fields by lower-cased name. */
  headers: Map<string, string>;
  body: Buffer;
}

/**
 * Splits `data` into complete responses framed by Content-Length (1xx responses have no body;
 * `bodiless[i]` marks responses to HEAD). Returns them and how many bytes they used.
 */
export function parseResponses(data: Buffer, bodiless: boolean[] = []): { responses: HttpResponse[]; used: number } {
  const responses: HttpResponse[] = [];
  let at = 0;
  for (;;) {
    const end = data.indexOf("\r\n\r\n", at, "latin1");
    if (end < 0) break;
    const head = data.subarray(at, end).toString("latin1");
    const lines = head.split("\r\n");
    const status = Number(lines[0].split(" ")[1]);
    const headers = new Map<string, string>();
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(":");
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const informational = status >= 100 && status < 200;
    const length = informational || bodiless[responses.filter((r) => r.status >= 200).length] ? 0 : Number(headers.get("content-length") ?? 0);
    if (data.length < end + 4 + length) break;
    responses.push({ status, head, headers, body: data.subarray(end + 4, end + 4 + length) });
    at = end + 4 + length;
  }
  return { responses, used: at };
}

/** A TCP connection to 127.0.0.1 that records everything received and when the server closed it. */
export class RawClient {
  readonly socket: net.Socket;
  received = Buffer.alloc(0);
  /** "open", then "closed" after the server's FIN (or a reset: "reset"). */
  state: "connecting" | "open" | "closed" | "reset" = "connecting";
  private readonly connected: Promise<void>;
  private waiters: (() => void)[] = [];

  constructor(port: number) {
    this.socket = net.connect(port, "127.0.0.1");
    this.connected = new Promise((resolve, reject) => {
      this.socket.once("connect", () => {
        this.state = "open";
        resolve();
      });
      this.socket.once("error", reject);
    });
    this.socket.on("data", (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.wake();
    });
    this.socket.on("error", (error: NodeJS.ErrnoException) => {
      if (this.state !== "closed") this.state = error.code === "ECONNRESET" ? "reset" : "closed";
      this.wake();
    });
    this.socket.on("end", () => {
      this.state = "closed";
      this.socket.end();
      this.wake();
    });
    this.socket.on("close", () => {
      if (this.state === "open" || this.state === "connecting") this.state = "closed";
      this.wake();
    });
  }

  ready(): Promise<void> {
    return this.connected;
  }

  async send(data: string | Buffer): Promise<void> {
    await this.connected;
    const bytes = typeof data === "string" ? Buffer.from(data, "latin1") : data; // one byte per character
    await new Promise<void>((resolve, reject) => this.socket.write(bytes, (error) => (error ? reject(error) : resolve())));
  }

  /** Sends `data` one byte per write, waiting `gapMs` between bytes (0: next tick) so each byte travels alone. */
  async trickle(data: string | Buffer, gapMs: number): Promise<void> {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data, "latin1");
    for (let i = 0; i < bytes.length; i++) {
      await this.send(bytes.subarray(i, i + 1));
      await new Promise((r) => setTimeout(r, gapMs));
    }
  }

  /** Resolves once `ready()` holds for what was received, or rejects after `ms`. */
  until(ready: (client: RawClient) => boolean, what: string, ms = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== check);
        reject(new Error(`timed out waiting for ${what}; state ${this.state}; received ${JSON.stringify(this.received.toString("latin1").slice(-600))}`));
      }, ms);
      const check = (): void => {
        if (!ready(this)) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== check);
        resolve();
      };
      this.waiters.push(check);
      check();
    });
  }

  /** The first `count` final (non-1xx) responses, once they all arrived. */
  async responses(count: number, bodiless: boolean[] = [], ms = 30_000): Promise<HttpResponse[]> {
    const finals = (): HttpResponse[] => parseResponses(this.received, bodiless).responses.filter((r) => r.status >= 200);
    await this.until(() => finals().length >= count, `${count} responses`, ms);
    return finals().slice(0, count);
  }

  /** Resolves when the server has closed (FIN or reset). */
  closed(ms = 30_000): Promise<void> {
    return this.until((c) => c.state === "closed" || c.state === "reset", "the server to close", ms);
  }

  /** Resolves once the received text contains `text`. */
  sees(text: string, ms = 30_000): Promise<void> {
    return this.until((c) => c.received.toString("latin1").includes(text), JSON.stringify(text), ms);
  }

  text(): string {
    return this.received.toString("latin1");
  }

  destroy(): void {
    this.socket.destroy();
  }

  private wake(): void {
    for (const check of [...this.waiters]) check();
  }
}

/** The statuses of the responses in `text` (1xx included), in order. */
export function statusesOf(text: string, bodiless: boolean[] = []): number[] {
  return parseResponses(Buffer.from(text, "latin1"), bodiless).responses.map((r) => r.status);
}

/** One request over a fresh connection that the client then closes; resolves with the response. */
export async function fetchOnce(port: number, request: string): Promise<HttpResponse> {
  const client = new RawClient(port);
  try {
    await client.send(request);
    return (await client.responses(1, [request.startsWith("HEAD ")]))[0];
  } finally {
    client.destroy();
  }
}

/** "METHOD path" request text with Host, optional extra header lines and body (Content-Length added). */
export function request(method: string, path: string, extra: string[] = [], body = ""): string {
  const fields = ["Host: 127.0.0.1", ...extra];
  if (body.length > 0 || method === "POST") fields.push(`Content-Length: ${Buffer.byteLength(body, "latin1")}`);
  return `${method} ${path} HTTP/1.1\r\n${fields.map((f) => `${f}\r\n`).join("")}\r\n${body}`;
}

/** GET /stats parsed (its JSON body). */
export async function stats(port: number): Promise<Record<string, number>> {
  const response = await fetchOnce(port, request("GET", "/stats", ["Connection: close"]));
  return JSON.parse(response.body.toString("latin1")) as Record<string, number>;
}

/** Polls /stats until `ready` holds for it (the /stats connection itself counts as one), or throws after `ms`. */
export async function statsUntil(port: number, ready: (s: Record<string, number>) => boolean, ms = 20_000): Promise<Record<string, number>> {
  const until = Date.now() + ms;
  for (;;) {
    const current = await stats(port);
    if (ready(current)) return current;
    if (Date.now() > until) throw new Error(`stats never reached the expected state: ${JSON.stringify(current)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * GET /stats over one kept-alive connection (node:http agent), so that watching the server does not
 * itself open connections: on the PC each closed connection's buffers in the simulated network
 * (slirp, 256 KiB) stay allocated for some seconds, which would hide the server's own heap use.
 */
export class StatsProbe {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  constructor(private readonly port: number) {}

  get(): Promise<Record<string, number>> {
    return new Promise((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port: this.port, path: "/stats", agent: this.agent }, (response) => {
          let body = "";
          response.setEncoding("latin1");
          response.on("data", (chunk: string) => (body += chunk));
          response.on("end", () => resolve(JSON.parse(body) as Record<string, number>));
        })
        .on("error", reject);
    });
  }

  /** Polls until `ready` holds (the probe's own connection counts as one), or throws after `ms`. */
  async until(ready: (s: Record<string, number>) => boolean, what: string, ms = 40_000): Promise<Record<string, number>> {
    const until = Date.now() + ms;
    for (;;) {
      const current = await this.get();
      if (ready(current)) return current;
      if (Date.now() > until) throw new Error(`/stats never showed ${what}: ${JSON.stringify(current)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  /**
   * Waits until /stats has shown one connection and a free heap that varied by at most `slack` for
   * SETTLE_MS in a row: the simulated network (slirp) frees a closed connection's buffers only after
   * its TIME_WAIT (about 10 s), in batches.
   */
  async settled(slack: number, ms = 90_000): Promise<Record<string, number>> {
    const SETTLE_MS = 12_000;
    const until = Date.now() + ms;
    let window: { at: number; stats: Record<string, number> }[] = [];
    for (;;) {
      const current = await this.get();
      const now = Date.now();
      window.push({ at: now, stats: current });
      const heaps = window.map((w) => w.stats.freeHeap);
      if (current.connections !== 1 || Math.max(...heaps) - Math.min(...heaps) > slack) window = [{ at: now, stats: current }];
      else if (now - window[0].at >= SETTLE_MS) return current;
      if (now > until) throw new Error(`/stats never settled: ${JSON.stringify(window.map((w) => w.stats))}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  close(): void {
    this.agent.destroy();
  }
}
