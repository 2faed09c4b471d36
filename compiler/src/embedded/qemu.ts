// Runs a Cortex-M4 ELF on QEMU's mps2-an386 board with semihosting: the program's stdout and stderr
// (kept apart by port/semihost/stdio.c) come back as text, its exit() status as ours. A hang ends at
// the timeout with status 124, as timeout(1) reports it.
// QEMU writes the console without blocking and drops what the reader is not ready for: Node's
// child-process pipes (socket pairs) fill after a few hundred one-byte writes. So the output goes to
// temporary files, which always take the whole write.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { QEMU } from "./toolchain";

export interface QemuRun {
  status: number; // main's return or exit()'s argument; 1/134 on a fault or abort; 124 on timeout
  stdout: string;
  stderr: string; // the program's stderr, then any message of QEMU's own
}

export async function runUnderQemu(elf: string, timeoutSeconds = 10): Promise<QemuRun> {
  const args = [
    "--kill-after=2",
    String(timeoutSeconds),
    QEMU,
    "-M",
    "mps2-an386",
    "-display",
    "none",
    "-monitor",
    "none",
    "-serial",
    "none",
    "-chardev",
    "stdio,id=semihost",
    "-semihosting-config",
    "enable=on,target=native,chardev=semihost",
    "-kernel",
    elf,
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ts-esp-qemu-"));
  const stdoutFd = fs.openSync(path.join(dir, "stdout"), "w+");
  const stderrFd = fs.openSync(path.join(dir, "stderr"), "w+");
  try {
    const status = await new Promise<number>((resolve, reject) => {
      const child = spawn("timeout", args, { stdio: ["ignore", stdoutFd, stderrFd] });
      child.on("error", reject);
      child.on("exit", (code, signal) => resolve(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0)));
    });
    return {
      status,
      stdout: fs.readFileSync(path.join(dir, "stdout"), "utf8"),
      stderr: fs.readFileSync(path.join(dir, "stderr"), "utf8"),
    };
  } finally {
    fs.closeSync(stdoutFd);
    fs.closeSync(stderrFd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
