// External programs the commands need (g++, cmake, arm-none-eabi-g++, qemu): found on PATH up front
// so a missing one is one clear line, not a spawn error halfway through a build.
import * as fs from "node:fs";
import * as path from "node:path";
import { CliError } from "./errors";

/** Absolute path of `program` on PATH, or undefined. */
export function findOnPath(program: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, program);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Throws a one-line CliError naming the first of `programs` missing from PATH and why it is needed. */
export function requireTools(programs: string[], purpose: string): void {
  for (const program of programs) {
    if (!findOnPath(program)) {
      throw new CliError(`${program} not found on PATH; it is needed ${purpose} (install it, e.g. with scripts/setup.sh)`);
    }
  }
}
