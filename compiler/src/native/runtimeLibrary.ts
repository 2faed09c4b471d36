// The runtime library for host builds: runtime-cpp configured and built with CMake once per
// sanitizer variant and set of sketch defines (CONFIG_ASYNC_TCP_*) into the cache
// (runtime/<variant>-<source hash>[-<defines hash>]/), then described by the tsesp-build.json CMake
// writes there (whose "defines" then include the sketch's, so sketch code sees the same values).
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { cacheRoot, hashParts, hashRuntimeSources, withLock } from "./cache";

export type SanitizerVariant = "none" | "address" | "thread";

/** tsesp-build.json, as runtime-cpp/CMakeLists.txt writes it. */
export interface RuntimeBuildInfo {
  library: string;
  includeDirs: string[];
  defines: string[];
  sanitizerFlags: string;
  linkLibraries: string;
}

export interface CommandResult {
  status: number;
  output: string;
}

export function runCommand(command: string, args: string[], cwd?: string): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (e) => resolve({ status: 127, output: `${command}: ${e.message}` }));
    child.on("close", (code) => resolve({ status: code ?? 1, output }));
  });
}

function readInfo(buildDir: string): RuntimeBuildInfo | undefined {
  const file = path.join(buildDir, "tsesp-build.json");
  if (!fs.existsSync(file)) return undefined;
  const info = JSON.parse(fs.readFileSync(file, "utf8")) as RuntimeBuildInfo;
  return fs.existsSync(info.library) ? info : undefined;
}

/** NAME=VALUE compile definitions, sorted, from `defines`. */
export function defineList(defines: Record<string, string | number>): string[] {
  return Object.keys(defines).sort().map((name) => `${name}=${defines[name]}`);
}

/** Builds (or finds in the cache) the runtime library for `variant` compiled with `defines`. */
export async function ensureRuntimeLibrary(
  packageRoot: string,
  variant: SanitizerVariant,
  defines: Record<string, string | number> = {},
): Promise<{ ok: true; info: RuntimeBuildInfo; hash: string } | { ok: false; error: string }> {
  const runtimeDir = path.join(packageRoot, "runtime-cpp");
  const extra = defineList(defines);
  const hash = extra.length ? `${hashRuntimeSources(runtimeDir)}-${hashParts(extra).slice(0, 12)}` : hashRuntimeSources(runtimeDir);
  const buildDir = path.join(cacheRoot(packageRoot), "runtime", `${variant}-${hash}`);
  const cached = readInfo(buildDir);
  if (cached) {
    const now = new Date();
    fs.utimesSync(buildDir, now, now); // in use: keeps pruneStaleBuilds away
    return { ok: true, info: cached, hash };
  }
  return withLock(`${buildDir}.lock`, async () => {
    const again = readInfo(buildDir);
    if (again) return { ok: true as const, info: again, hash };
    const generator = fs.existsSync("/usr/bin/ninja") ? ["-G", "Ninja"] : [];
    const configure = await runCommand("cmake", [
      "-S", runtimeDir, "-B", buildDir, ...generator, `-DTSESP_SANITIZE=${variant}`, `-DTSESP_EXTRA_DEFINES=${extra.join(";")}`, "-DTSESP_BUILD_TESTS=OFF", "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
    ]);
    if (configure.status !== 0) return { ok: false as const, error: `configuring runtime-cpp failed:\n${configure.output}` };
    const build = await runCommand("nice", ["-n", "10", "cmake", "--build", buildDir, "--target", "tsesp_runtime", "-j", "2"]);
    if (build.status !== 0) return { ok: false as const, error: `building runtime-cpp failed:\n${build.output}` };
    const info = readInfo(buildDir);
    if (!info) return { ok: false as const, error: `runtime-cpp build wrote no tsesp-build.json in ${buildDir}` };
    pruneStaleBuilds(path.dirname(buildDir), variant, buildDir);
    return { ok: true as const, info, hash };
  });
}

/** Removes this variant's builds of older runtime sources, once nobody has touched them for an hour. */
function pruneStaleBuilds(runtimeCacheDir: string, variant: SanitizerVariant, keep: string): void {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of fs.readdirSync(runtimeCacheDir)) {
    const dir = path.join(runtimeCacheDir, name);
    if (dir === keep || !name.startsWith(`${variant}-`) || name.endsWith(".lock")) continue;
    try {
      if (fs.statSync(dir).mtimeMs < hourAgo && !fs.existsSync(`${dir}.lock`)) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // raced with another pruner: fine
    }
  }
}
