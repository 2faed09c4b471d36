// Test support for the CLI suites: runs the built CLI (node bin/ts-esp.js, i.e. dist/cli.js from
// `npm run build`) as a user would, and makes scratch sketch projects in a temp folder.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const REPO = path.resolve(__dirname, "..", "..");
const BIN = path.join(REPO, "bin", "ts-esp.js");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

function assertBuilt(): void {
  if (!fs.existsSync(path.join(REPO, "dist", "cli.js"))) throw new Error("dist/cli.js is missing: run `npm run build` first");
}

/** Runs `ts-esp <args>` to completion. */
export function runCli(args: string[], options: CliOptions = {}): CliResult {
  assertBuilt();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    timeout: options.timeoutMs ?? 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `ts-esp <args>` to completion without blocking this process's event loop, for tests that serve
 * the sketch's peer (a TCP server on 127.0.0.1) from the test itself while the sketch runs.
 */
export function runCliAsync(args: string[], options: CliOptions = {}): Promise<CliResult> {
  assertBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, env: { ...process.env, ...options.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 300_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/**
 * Starts `ts-esp <args>`, waits until stdout contains `until`, then kills it; for sketches with a
 * loop() export, which never end.
 */
export function runCliUntil(args: string[], until: string, options: CliOptions = {}): Promise<string> {
  assertBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? REPO,
      env: { ...process.env, ...options.env },
      detached: true, // own process group: the kill reaches the native sketch too
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => finish(new Error(`timed out waiting for ${JSON.stringify(until)}; stdout: ${stdout}; stderr: ${stderr}`)), options.timeoutMs ?? 120_000);
    const finish = (error?: Error): void => {
      clearTimeout(timer);
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
      if (error) reject(error);
      else resolve(stdout);
    };
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes(until)) finish();
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", () => {
      if (!stdout.includes(until)) finish(new Error(`exited before ${JSON.stringify(until)}; stdout: ${stdout}; stderr: ${stderr}`));
    });
  });
}

export interface RunningCli {
  /** Resolves with the first match of `pattern` in the stream's text so far or to come. */
  waitFor(stream: "stdout" | "stderr", pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Kills the CLI and everything it started (its own process group). */
  kill(): void;
}

/** Starts `ts-esp <args>` in its own process group, for sketches that serve until killed. */
export function startCli(args: string[], options: CliOptions = {}): RunningCli {
  assertBuilt();
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, ...options.env },
    detached: true,
  });
  const text = { stdout: "", stderr: "" };
  const waiters: (() => void)[] = [];
  const onData = (stream: "stdout" | "stderr") => (chunk: Buffer) => {
    text[stream] += chunk.toString();
    for (const check of [...waiters]) check();
  };
  child.stdout.on("data", onData("stdout"));
  child.stderr.on("data", onData("stderr"));
  return {
    waitFor(stream, pattern, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} on ${stream}; stdout: ${text.stdout}; stderr: ${text.stderr}`)), timeoutMs);
        const check = (): void => {
          const match = text[stream].match(pattern);
          if (!match) return;
          clearTimeout(timer);
          waiters.splice(waiters.indexOf(check), 1);
          resolve(match);
        };
        waiters.push(check);
        check();
      });
    },
    kill() {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    },
  };
}

/** A fresh temp folder, removed by the caller's afterAll via removeTemp(). */
export function makeTemp(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `ts-esp-${prefix}-`));
}

export function removeTemp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes a sketch project (src/main.ts plus tsconfig/ts-esp.json like `init`'s) into `dir`. */
export function writeSketchProject(dir: string, mainTs: string, extraFiles: Record<string, string> = {}): string {
  const files: Record<string, string> = {
    "src/main.ts": mainTs,
    "tsconfig.json": fs.readFileSync(path.join(REPO, "examples", "hello", "tsconfig.json"), "utf8").replace("../../compiler/lib", path.join(REPO, "compiler", "lib")),
    ...extraFiles,
  };
  for (const [name, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), contents);
  }
  return dir;
}

/** Copies an example project (without generated output) into a temp folder. */
export function copyExample(name: string, into: string): string {
  const dest = path.join(into, name);
  fs.cpSync(path.join(REPO, "examples", name), dest, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}.ts-esp`) && !src.endsWith("platformio.ini"),
  });
  const tsconfig = path.join(dest, "tsconfig.json");
  fs.writeFileSync(tsconfig, fs.readFileSync(tsconfig, "utf8").replace("../../compiler/lib", path.join(REPO, "compiler", "lib")));
  return dest;
}

/** The non-empty lines of a stream. */
export function lines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}
