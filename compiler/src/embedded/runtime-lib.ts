// runtime-cpp's portable TS support (src/tsesp/*.cpp), the portable Arduino core pieces
// (port/common/arduino: Print, String) and the semihost port (port/semihost/*.{cpp,c}),
// compiled once for Cortex-M4 into a static library cached under a hash of their sources and flags.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { AR, CC, COMPILE_FLAGS, C_COMPILE_FLAGS, CXX, includeFlags } from "./toolchain";
import { execCapture } from "./exec";
import { mapLimited } from "../native/mapLimited";

export type LibResult = { ok: true; library: string } | { ok: false; log: string };

const SOURCE_DIRS = [path.join("src", "tsesp"), path.join("port", "common", "arduino"), path.join("port", "semihost")];

const inFlight = new Map<string, Promise<LibResult>>();

/**
 * The library for `runtimeDir`, built into `cacheDir/<hash>/` unless it is there already. Callers in
 * one process that ask for the same library while it builds share that one build.
 */
export function buildRuntimeLibrary(runtimeDir: string, cacheDir: string): Promise<LibResult> {
  const outDir = path.join(cacheDir, fingerprint(runtimeDir));
  let pending = inFlight.get(outDir);
  if (!pending) {
    pending = buildInto(runtimeDir, outDir).finally(() => inFlight.delete(outDir));
    inFlight.set(outDir, pending);
  }
  return pending;
}

async function buildInto(runtimeDir: string, outDir: string): Promise<LibResult> {
  const sources = SOURCE_DIRS.flatMap((dir) => [...listFiles(path.join(runtimeDir, dir), ".cpp"), ...listFiles(path.join(runtimeDir, dir), ".c")]);
  const library = path.join(outDir, "libtsesp-semihost.a");
  if (fs.existsSync(library)) return { ok: true, library };
  const buildDir = `${outDir}.tmp-${process.pid}-${crypto.randomBytes(4).toString("hex")}`;
  fs.mkdirSync(buildDir, { recursive: true });
  const objects = sources.map((src, i) => path.join(buildDir, `${i}-${path.basename(src)}.o`));
  const compile = (src: string, object: string) =>
    src.endsWith(".c")
      ? execCapture(CC, [...C_COMPILE_FLAGS, "-c", src, "-o", object])
      : execCapture(CXX, [...COMPILE_FLAGS, ...includeFlags(runtimeDir), "-c", src, "-o", object]);
  const results = await mapLimited(sources, 2, (src, i) => compile(src, objects[i]));
  const failed = results.filter((r) => r.status !== 0);
  if (failed.length) {
    fs.rmSync(buildDir, { recursive: true, force: true });
    return { ok: false, log: failed.map((r) => r.stderr).join("\n") };
  }
  const archived = await execCapture(AR, ["rcs", path.join(buildDir, path.basename(library)), ...objects]);
  if (archived.status !== 0) return { ok: false, log: archived.stderr };
  try {
    fs.renameSync(buildDir, outDir); // atomic: concurrent builders never see a half-written library
  } catch (error) {
    fs.rmSync(buildDir, { recursive: true, force: true });
    if (!fs.existsSync(library)) throw error; // else another builder won the race with the same inputs
  }
  return { ok: true, library };
}

function listFiles(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Hash of the flags and every source and header the library is built from. */
function fingerprint(runtimeDir: string): string {
  const hash = crypto.createHash("sha256").update(COMPILE_FLAGS.join(" ")).update(C_COMPILE_FLAGS.join(" "));
  for (const dir of [...SOURCE_DIRS, path.join("src", "async_tcp")]) {
    for (const file of [".h", ".cpp", ".c"].flatMap((ext) => listFiles(path.join(runtimeDir, dir), ext))) {
      hash.update(file).update(fs.readFileSync(file));
    }
  }
  return hash.digest("hex").slice(0, 20);
}
