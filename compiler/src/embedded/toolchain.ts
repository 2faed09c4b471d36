// The embedded proxy toolchain (shared/spec/embedded-proxy.md, section 1a): arm-none-eabi-g++ with
// picolibc for a Cortex-M4 with 2 MiB flash and RAM, semihosting crt0, -Os and -Werror.
import * as path from "node:path";

export const CXX = "arm-none-eabi-g++";
export const CC = "arm-none-eabi-gcc";
export const AR = "arm-none-eabi-ar";
export const SIZE = "arm-none-eabi-size";
export const QEMU = "qemu-system-arm";

/** Flags for C and C++ translation units alike. */
const COMMON_FLAGS = [
  "-Os",
  "-mcpu=cortex-m4",
  "-mthumb",
  "-ffunction-sections",
  "-fdata-sections",
  "-DPICOLIBC_DOUBLE_PRINTF_SCANF",
  "-DTSESP_EXIT_WHEN_IDLE=1",
  "-DTSESP_SEMIHOST=1",
  "-Wall",
  "-Wextra",
  "-Werror",
];

/** Flags for every C++ translation unit (runtime and generated code). */
export const COMPILE_FLAGS = [
  "-std=c++17",
  "-fno-exceptions",
  "-fno-rtti",
  "--specs=picolibcpp.specs",
  ...COMMON_FLAGS,
  "-Wno-psabi", // GCC's note that initializer_list passing changed in GCC 7.1: an ABI remark, not a defect
];

/** Flags for the port's few C files. */
export const C_COMPILE_FLAGS = ["-std=c11", "--specs=picolibc.specs", ...COMMON_FLAGS];

/** Flags for the final link, on top of COMPILE_FLAGS. */
export const LINK_FLAGS = [
  "--oslib=semihost",
  "--crt0=semihost",
  "-Wl,--defsym=__flash=0x0",
  "-Wl,--defsym=__flash_size=0x200000",
  "-Wl,--defsym=__ram=0x20000000",
  "-Wl,--defsym=__ram_size=0x200000",
  "-Wl,--gc-sections",
  // Take stdin/stdout/stderr from port/semihost/stdio.c (in the runtime library), not libsemihost.
  "-Wl,--undefined=stdin,--undefined=stdout,--undefined=stderr",
];

/** Include folders, given runtime-cpp's folder; the semihost port comes first so its Arduino.h wins. */
export function includeFlags(runtimeDir: string): string[] {
  return [path.join(runtimeDir, "port", "semihost"), path.join(runtimeDir, "port", "common", "arduino"), path.join(runtimeDir, "src")].map((dir) => `-I${dir}`);
}
