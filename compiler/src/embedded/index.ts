// The embedded proxy (shared/spec/embedded-proxy.md): generated C++ + runtime-cpp's portable parts built
// for Cortex-M4 with arm-none-eabi-g++/picolibc (build.ts, runtime-lib.ts) and run under qemu (qemu.ts).
export { buildForCortexM4, sizeOfElf, type EmbeddedBuildOptions, type EmbeddedBuildResult } from "./build";
export { runUnderQemu, type QemuRun } from "./qemu";
export { CXX as EMBEDDED_CXX, QEMU } from "./toolchain";
