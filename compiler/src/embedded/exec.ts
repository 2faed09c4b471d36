// Child processes for the embedded build and run: argv arrays (no shell), output captured. Callers
// bound how many run at once with native/mapLimited (the machines have 2 cores).
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

