// Compiles a sketch into a folder of C++ (pipeline.compileSketch) and skips the compile when neither
// the sketch's files nor the compiler changed since the last successful one (a stamp of their hash),
// so a second `ts-esp run` goes straight to the cached native build.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { compileSketch } from "../../pipeline";
import { printDiagnostics } from "./diagnostics";
import type { SketchTarget } from "./sketch";

const STAMP_FILE = "compile.stamp";
const SKIPPED_DIRS = new Set(["node_modules", ".ts-esp", ".pio", ".git"]);

/**
 * Writes the sketch's C++ into `srcDir` (unchanged files keep their mtime; stale ones are removed).
 * Returns false when the pipeline reported errors (already printed).
 */
export function writeGeneratedSources(target: SketchTarget, srcDir: string): boolean {
  const stampPath = path.join(target.workDir, STAMP_FILE);
  const stamp = `${srcDir}\n${fingerprintInputs(target)}`;
  if (fs.existsSync(srcDir) && readIfExists(stampPath) === stamp) return true;
  const result = compileSketch(target.given);
  if (printDiagnostics(result.diagnostics) || !result.files) return false;
  fs.mkdirSync(srcDir, { recursive: true });
  const wanted = new Set<string>();
  for (const file of result.files) {
    const out = path.join(srcDir, file.path);
    wanted.add(path.resolve(out));
    if (readIfExists(out) === file.contents) continue;
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, file.contents);
  }
  removeStale(srcDir, wanted);
  fs.mkdirSync(target.workDir, { recursive: true });
  fs.writeFileSync(stampPath, stamp);
  return true;
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function removeStale(dir: string, wanted: Set<string>): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.resolve(dir, entry.name);
    if (entry.isDirectory()) removeStale(full, wanted);
    else if (!wanted.has(full)) fs.rmSync(full);
  }
}

/** Hash of the compiler itself plus every .ts/.json file of the sketch's folder (not generated ones). */
function fingerprintInputs(target: SketchTarget): string {
  const hash = crypto.createHash("sha256");
  hash.update(compilerFingerprint());
  hash.update(target.entry);
  // A single file's folder may be large (a home folder): look two levels deep at most.
  const depth = target.isProject ? Infinity : 2;
  hashTree(hash, target.rootDir, (name) => name.endsWith(".ts") || name.endsWith(".json"), depth);
  return hash.digest("hex");
}

let cachedCompilerFingerprint: string | undefined;

/** The bundled CLI hashes itself; from sources (jest), compiler/src and compiler/lib are hashed. */
function compilerFingerprint(): string {
  if (cachedCompilerFingerprint) return cachedCompilerFingerprint;
  const hash = crypto.createHash("sha256");
  if (path.basename(__filename) === "cli.js") {
    hash.update(fs.readFileSync(__filename));
    hashTree(hash, path.resolve(__dirname, "..", "compiler", "lib"), () => true);
  } else {
    const compilerDir = path.resolve(__dirname, "..", "..", "..");
    hashTree(hash, path.join(compilerDir, "src"), () => true);
    hashTree(hash, path.join(compilerDir, "lib"), () => true);
  }
  cachedCompilerFingerprint = hash.digest("hex");
  return cachedCompilerFingerprint;
}

function hashTree(hash: crypto.Hash, dir: string, include: (name: string) => boolean, depth = Infinity): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const visit = depth > 0 && !SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith(".");
      if (visit) hashTree(hash, full, include, depth - 1);
    } else if (entry.isFile() && include(entry.name)) {
      hash.update(full);
      hash.update(fs.readFileSync(full));
    }
  }
}
