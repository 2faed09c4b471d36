// A sketch's generated C++ (a folder of .cpp/.h from emit/) -> a Cortex-M4 ELF for qemu: the generated
// files compiled with -Werror in one compiler call, linked against the cached runtime library.
import * as fs from "node:fs";
import * as path from "node:path";
import { COMPILE_FLAGS, CXX, LINK_FLAGS, SIZE, includeFlags } from "./toolchain";
import { execCapture } from "./exec";
import { buildRuntimeLibrary } from "./runtime-lib";

export interface EmbeddedBuildOptions {
  /** Folder of generated sources (emit/ output). */
  generatedDir: string;
  /** Where the ELF goes (created). */
  outDir: string;
  /** runtime-cpp's folder. */
  runtimeDir: string;
  /** Cache folder for the runtime library. */
  cacheDir: string;
}

export type EmbeddedBuildResult = { ok: true; elf: string } | { ok: false; log: string };

export async function buildForCortexM4(options: EmbeddedBuildOptions): Promise<EmbeddedBuildResult> {
  const lib = await buildRuntimeLibrary(options.runtimeDir, options.cacheDir);
  if (!lib.ok) return { ok: false, log: `runtime library:\n${lib.log}` };
  const sources = listSources(options.generatedDir);
  if (sources.length === 0) return { ok: false, log: `no .cpp files in ${options.generatedDir}` };
  fs.mkdirSync(options.outDir, { recursive: true });
  const elf = path.join(options.outDir, "sketch.elf");
  const args = [
    ...COMPILE_FLAGS,
    ...includeFlags(options.runtimeDir),
    `-I${options.generatedDir}`,
    ...sources,
    lib.library,
    ...LINK_FLAGS,
    "-o",
    elf,
  ];
  const result = await execCapture(CXX, args);
  if (result.status !== 0) return { ok: false, log: result.stderr };
  return { ok: true, elf };
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(full));
    else if (entry.name.endsWith(".cpp")) out.push(full);
  }
  return out.sort();
}

/** text + data + bss of an ELF, as arm-none-eabi-size reports them (bytes). */
export async function sizeOfElf(elf: string): Promise<{ text: number; data: number; bss: number }> {
  const result = await execCapture(SIZE, [elf]);
  const numbers = result.stdout.trim().split("\n")[1]?.trim().split(/\s+/).map(Number) ?? [];
  return { text: numbers[0] ?? 0, data: numbers[1] ?? 0, bss: numbers[2] ?? 0 };
}
