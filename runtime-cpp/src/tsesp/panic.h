// Fatal runtime errors: what Node reports as an uncaught TypeError/RangeError. The message goes to
// stderr like Node's first line ("TypeError: ..."), pending Serial output is flushed, and the program
// stops: exit(1) where TSESP_EXIT_WHEN_IDLE is set (PC, qemu), abort() (device reset) elsewhere.
// Calling context: TS loop.
#pragma once

namespace tsesp {

/** Prints "<kind>: <message>" and stops the program; never returns. */
[[noreturn]] void panic(const char* kind, const char* message);

}  // namespace tsesp
