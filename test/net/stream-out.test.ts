// A 200 kB response streamed with space()/onAck backpressure reaches a real client on 127.0.0.1
// complete and in order, natively and under --node, twice in a row.
import { spawn } from "node:child_process";
import * as net from "node:net";
import * as path from "node:path";

const REPO = path.resolve(__dirname, "..", "..");
const BIN = path.join(REPO, "bin", "ts-esp.js");
const SKETCH = path.join(__dirname, "sketches", "stream-out");
const TOTAL = 200000;
const ALPHABET = "abcdefghijklmnopqrstuvwxyz";
const EXPECTED_BODY = ALPHABET.repeat(Math.ceil(TOTAL / 26)).slice(0, TOTAL);

function download(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("end", () => {
      socket.end();
      resolve(Buffer.concat(chunks).toString("latin1"));
    });
    socket.on("error", reject);
  });
}

test.each([["natively", [] as string[]], ["under --node", ["--node"]]])("space()/onAck streaming %s", async (_how, args) => {
  const child = spawn(process.execPath, [BIN, "run", ...args, "--forward", "0:7", SKETCH], { cwd: REPO, detached: true });
  const out = { stdout: "", stderr: "" };
  child.stdout.on("data", (c: Buffer) => (out.stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (out.stderr += c.toString()));
  const waitFor = async (stream: "stdout" | "stderr", pattern: RegExp): Promise<RegExpMatchArray> => {
    for (let i = 0; i < 6000; i++) {
      const m = out[stream].match(pattern);
      if (m) return m;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no ${pattern}: ${out.stdout}\n${out.stderr}`);
  };
  try {
    const port = Number((await waitFor("stderr", /forwarding 127\.0\.0\.1:(\d+) -> guest port 7/))[1]);
    await waitFor("stdout", /streaming server up/);
    for (let round = 1; round <= 2; round++) {
      const body = await download(port);
      expect(body.length).toBe(TOTAL);
      expect(body === EXPECTED_BODY).toBe(true);
      await waitFor("stdout", new RegExp(`(sent ${TOTAL} in more than one write: true\\n[^]*){${round}}`));
    }
    expect(out.stdout).not.toMatch(/wrote more than space/);
  } finally {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // exited
    }
  }
});
