// Child processes for the embedded build and run: argv arrays (no shell), output captured, and a
// two-at-a-time limit (the machines have 2 cores).
import { execFile } from "node:child_process";

export interface ExecResult {
  status: number; // exit code; 128 + n for a signal
  stdout: string;
  stderr: string;
}

export function execCapture(program: string, args: string[], timeoutMs = 0): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { maxBuffer: 64 << 20, timeout: timeoutMs, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error && typeof error.code === "string") return reject(error); // ENOENT and the like
      const status = error ? (typeof error.code === "number" ? error.code : 128 + (error.signal ? 9 : 0)) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

/** Runs `jobs` with at most `limit` in flight; results in input order. */
export async function runLimited<T>(jobs: (() => Promise<T>)[], limit = 2): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}
