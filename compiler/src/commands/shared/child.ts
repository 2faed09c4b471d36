// Runs a built sketch as a child process sharing our stdio; its exit status becomes ours
// (a signal becomes 128 + its number, as shells report it).
import { spawn } from "node:child_process";
import * as os from "node:os";

export function runToExit(program: string, args: string[] = []): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code !== null) resolve(code);
      else resolve(128 + (signal ? (os.constants.signals[signal] ?? 0) : 0));
    });
  });
}
