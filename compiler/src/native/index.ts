// Host build of a generated sketch: the cached runtime library (runtimeLibrary.ts), then each
// generated .cpp compiled with g++ (two at a time, objects cached by content hash), then one link.
import * as fs from "node:fs";
import * as path from "node:path";
import { cacheRoot, findPackageRoot, hashParts, listFilesRecursive } from "./cache";
import { ensureRuntimeLibrary, runCommand, type SanitizerVariant } from "./runtimeLibrary";
import { mapLimited } from "./mapLimited";

export type { SanitizerVariant } from "./runtimeLibrary";

export interface NativeBuildOptions {
  /** Folder holding emitProgram's files (the generated src/). */
  generatedDir: string;
  /** Sanitizers: "none" (default), "address" (ASan + UBSan) or "thread" (TSan). */
  variant?: SanitizerVariant;
  /** Where the executable goes; default `<generatedDir>/../bin/sketch-<variant>`. */
  output?: string;
  /** Parallel compiler processes; default 2. */
  jobs?: number;
  /** NAME -> value defines (the sketch's CONFIG_ASYNC_TCP_*) for the runtime library and the sketch. */
  defines?: Record<string, string | number>;
}

export type NativeBuildResult = { ok: true; executable: string } | { ok: false; error: string };

// -O2 as the runtime library (RelWithDebInfo): -O1 does not inline small member functions, which costs
// the generated code (Ref::operator->, Array::get, the ToInt32 helpers) up to 2x; compile time is similar.
const SKETCH_FLAGS = ["-std=c++17", "-Wall", "-Wextra", "-Werror", "-g", "-O2"];

/**
 * Builds a generated sketch for the PC: runtime-cpp is configured and built with CMake once per
 * variant and define set into the cache (keyed by its source hash and the defines), the sketch's
 * .cpp files are compiled with g++ (-j2, objects cached by content hash, so an unchanged rebuild
 * only links) and linked with it.
 * Resolves to the executable's path, or to the compiler's or CMake's output on failure.
 */
export async function buildNative(options: NativeBuildOptions): Promise<NativeBuildResult> {
  const variant = options.variant ?? "none";
  const packageRoot = findPackageRoot();
  const runtime = await ensureRuntimeLibrary(packageRoot, variant, options.defines ?? {});
  if (!runtime.ok) return runtime;
  const { info } = runtime;
  const generatedDir = path.resolve(options.generatedDir);
  const flags = [
    ...SKETCH_FLAGS,
    ...info.includeDirs.map((d) => `-I${d}`),
    `-I${generatedDir}`,
    ...info.defines.map((d) => `-D${d}`),
    ...info.sanitizerFlags.split(/\s+/).filter(Boolean),
  ];
  const files = listFilesRecursive(generatedDir);
  const headers = files.filter((f) => f.endsWith(".h")).map((f) => fs.readFileSync(f));
  const sources = files.filter((f) => f.endsWith(".cpp"));
  const objectDir = path.join(cacheRoot(packageRoot), "objects");
  fs.mkdirSync(objectDir, { recursive: true });
  const objects: string[] = [];
  const compileOne = async (source: string): Promise<string | undefined> => {
    const key = hashParts([runtime.hash, flags.join(" "), path.relative(generatedDir, source), fs.readFileSync(source), ...headers]);
    const object = path.join(objectDir, `${key}.o`);
    objects.push(object);
    if (fs.existsSync(object)) return undefined;
    const temporary = `${object}.${process.pid}.tmp`;
    const result = await runCommand("g++", [...flags, "-c", source, "-o", temporary]);
    if (result.status !== 0) {
      fs.rmSync(temporary, { force: true });
      return result.output;
    }
    fs.renameSync(temporary, object);
    return undefined;
  };
  const errors = await mapLimited(sources, options.jobs ?? 2, compileOne);
  const firstError = errors.find((e) => e !== undefined);
  if (firstError !== undefined) return { ok: false, error: firstError };
  const executable = path.resolve(options.output ?? path.join(generatedDir, "..", "bin", `sketch-${variant}`));
  fs.mkdirSync(path.dirname(executable), { recursive: true });
  // Linked under a private name, then renamed over the old binary: a second `ts-esp run` of the same
  // sketch may be executing it right now (writing it in place fails with ETXTBSY, or corrupts it).
  const temporary = `${executable}.${process.pid}.tmp`;
  const link = await runCommand("g++", [
    ...objects, info.library, ...info.linkLibraries.split(/\s+/).filter(Boolean), ...info.sanitizerFlags.split(/\s+/).filter(Boolean), "-o", temporary,
  ]);
  if (link.status !== 0) {
    fs.rmSync(temporary, { force: true });
    return { ok: false, error: link.output };
  }
  fs.renameSync(temporary, executable);
  return { ok: true, executable };
}
