// AsyncServer life cycle natively and under --node: a listening server keeps the program running,
// a reply followed by close() reaches the peer before its FIN, and end() lets the program exit 0.
import { spawn } from "node:child_process";
import * as net from "node:net";
import * as path from "node:path";

const REPO = path.resolve(__dirname, "..", "..");
const BIN = path.join(REPO, "bin", "ts-esp.js");
const SKETCH = path.join(__dirname, "sketches", "server-end");

const EXPECTED = [
  "before begin: status 0",
  "listening: status 1",
  "client while listening: status 1",
  "after close: write 0, connected false, ack 0",
  "server ended: status 0",
  "",
].join("\n");

function exchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(text));
    let received = "";
    socket.on("data", (chunk) => (received += chunk.toString()));
    socket.on("end", () => resolve(received)); // the sketch's FIN
    socket.on("error", reject);
  });
}

test.each([["natively", [] as string[]], ["under --node", ["--node"]]])("AsyncServer begin/close/end %s", async (_how, args) => {
  const child = spawn(process.execPath, [BIN, "run", ...args, "--forward", "0:7", SKETCH], { cwd: REPO, detached: true });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  const killer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 300_000);
  try {
    const port = await new Promise<number>((resolve) => {
      child.stderr.on("data", (c: Buffer) => {
        stderr += c.toString();
        const m = stderr.match(/forwarding 127\.0\.0\.1:(\d+) -> guest port 7/);
        if (m && stdout.includes("listening")) resolve(Number(m[1]));
      });
      child.stdout.on("data", () => {
        const m = stderr.match(/forwarding 127\.0\.0\.1:(\d+) -> guest port 7/);
        if (m && stdout.includes("listening")) resolve(Number(m[1]));
      });
    });
    expect(await exchange(port, "hi")).toBe("bye hi");
    expect(await exited).toBe(0);
    expect(stdout).toBe(EXPECTED);
  } finally {
    clearTimeout(killer);
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // exited
    }
  }
});
