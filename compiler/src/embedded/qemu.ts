// Runs a Cortex-M4 ELF on QEMU's mps2-an386 board with semihosting: the program's stdout and stderr
// (kept apart by port/semihost/stdio.c) come back as text, its exit() status as ours. A hang ends at
// the timeout with status 124, as timeout(1) reports it.
import { QEMU } from "./toolchain";
import { execCapture } from "./exec";

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
  const result = await execCapture("timeout", args);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
