// Where native builds keep their products: the runtime library per sanitizer variant (keyed by a
// content hash of runtime-cpp's sources) and compiled sketch objects (keyed by a hash of everything
// that reaches the compiler). $TSESP_CACHE_DIR overrides the default node_modules/.cache/ts-esp.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

/** The ts-esp package root (holds runtime-cpp/), found upward from this file or the bundle. */
export function findPackageRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, "runtime-cpp", "CMakeLists.txt"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("runtime-cpp/ not found above " + start);
    dir = parent;
  }
}

export function cacheRoot(packageRoot: string): string {
  return process.env.TSESP_CACHE_DIR ?? path.join(packageRoot, "node_modules", ".cache", "ts-esp");
}

function listFiles(dir: string, out: string[]): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else out.push(full);
  }
  return out;
}

/** Hash of the runtime sources a host build compiles (src/, port/common/, port/host/, CMakeLists.txt). */
export function hashRuntimeSources(runtimeDir: string): string {
  const hash = createHash("sha256");
  const files = [path.join(runtimeDir, "CMakeLists.txt"), ...listFiles(path.join(runtimeDir, "src"), []), ...listFiles(path.join(runtimeDir, "port", "common"), []), ...listFiles(path.join(runtimeDir, "port", "host"), [])];
  for (const f of files) {
    hash.update(path.relative(runtimeDir, f));
    hash.update("\0");
    hash.update(fs.readFileSync(f));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

export function hashParts(parts: (string | Buffer)[]): string {
  const hash = createHash("sha256");
  for (const p of parts) {
    hash.update(p);
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 24);
}

export function listFilesRecursive(dir: string): string[] {
  return listFiles(dir, []);
}

/** Runs `fn` while holding an exclusive lock file (another process building the same thing waits). */
export async function withLock<T>(lockPath: string, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const staleMs = 15 * 60 * 1000;
  for (;;) {
    try {
      fs.closeSync(fs.openSync(lockPath, "wx"));
      break;
    } catch {
      try {
        if (Date.now() - fs.statSync(lockPath).mtimeMs > staleMs) fs.rmSync(lockPath, { force: true });
      } catch {
        // the holder released it meanwhile
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockPath, { force: true });
  }
}
