// What a command's FILE | DIR argument names: the sketch's root folder, entry file, config and the
// work folder where ts-esp writes generated C++ and build stamps (DIR/.ts-esp for a project; a
// per-file folder in ts-esp's cache for a single file, so sketches sharing a folder never collide).
// A sketch is TypeScript (FILE.ts, or DIR with src/main.ts) or plain Arduino C++ (FILE.ino/.cpp, or
// DIR holding .ino/.cpp files), which only `run` and `clean` take.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { cacheRoot, findPackageRoot } from "../../native/cache";
import { readTsEspConfig, DEFAULT_ENTRY } from "../../project/config";
import type { TsEspConfig } from "../../project/types";
import { CliError } from "./errors";

export interface SketchTarget {
  /** The argument as given (passed on to the pipeline so diagnostics show the user's paths). */
  given: string;
  language: "ts" | "cpp";
  /** C++ sketches: absolute paths of their .ino/.cpp/.h files. */
  cppSources: string[];
  /** Absolute: the project folder, or the single file's folder. */
  rootDir: string;
  /** Absolute path of the entry .ts file. */
  entry: string;
  /** True for a project folder, false for a single .ts file. */
  isProject: boolean;
  config: TsEspConfig;
  /** Absolute folder for generated sources and stamps (.ts-esp/ of a project). */
  workDir: string;
}

/** Folder name of the generated project inside a sketch project. */
export const WORK_DIR_NAME = ".ts-esp";

/** ts-esp's cache (shared with native builds): $TSESP_CACHE_DIR, else node_modules/.cache/ts-esp. */
export function userCacheDir(): string {
  return path.resolve(cacheRoot(findPackageRoot()));
}

const CPP_SKETCH_FILE = /\.(ino|cpp)$/;
const CPP_SKETCH_PART = /\.(ino|cpp|h)$/;

/** Resolves `given` (default: the working directory) or throws a one-line CliError. */
export function resolveSketch(given = "."): SketchTarget {
  const absolute = path.resolve(given);
  if (!fs.existsSync(absolute)) throw new CliError(`cannot find '${given}'`);
  if (fs.statSync(absolute).isDirectory()) return resolveProject(given, absolute);
  const rootDir = path.dirname(absolute);
  const isCpp = CPP_SKETCH_FILE.test(absolute);
  if (!isCpp && (!absolute.endsWith(".ts") || absolute.endsWith(".d.ts"))) {
    throw new CliError(`'${given}' is not a sketch file (pass a .ts, .ino or .cpp file, or a project folder)`);
  }
  const key = crypto.createHash("sha256").update(absolute).digest("hex").slice(0, 16);
  const workDir = path.join(userCacheDir(), "sketches", `${path.basename(absolute).replace(/\.\w+$/, "")}-${key}`);
  const config = { entry: path.basename(absolute), defines: {} };
  const cppSources = isCpp ? [absolute, ...listFiles(rootDir, /\.h$/)] : [];
  return { given, language: isCpp ? "cpp" : "ts", cppSources, rootDir, entry: absolute, isProject: false, config, workDir };
}

function resolveProject(given: string, rootDir: string): SketchTarget {
  const loaded = readTsEspConfig(rootDir);
  if (!loaded.ok) throw new CliError(loaded.diagnostics.map((d) => d.message).join("\nts-esp: ")); // one line per bad field
  const config = loaded.config;
  const entry = path.resolve(rootDir, config.entry);
  const workDir = path.join(rootDir, WORK_DIR_NAME);
  if (fs.existsSync(entry)) return { given, language: "ts", cppSources: [], rootDir, entry, isProject: true, config, workDir };
  const cppSources = [...listFiles(rootDir, CPP_SKETCH_PART), ...listFiles(path.join(rootDir, "src"), CPP_SKETCH_PART)];
  if (cppSources.some((file) => CPP_SKETCH_FILE.test(file))) {
    return { given, language: "cpp", cppSources, rootDir, entry: cppSources[0], isProject: true, config, workDir };
  }
  const hint = config.entry === DEFAULT_ENTRY ? " (run 'ts-esp init' to start one)" : "";
  throw new CliError(`'${given}' is not a sketch: it has no ${config.entry}${hint}`);
}

/** Files directly in `dir` whose names match, sorted; none when `dir` does not exist. */
function listFiles(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/** One line for commands that only take TypeScript sketches. */
export function requireTypeScript(target: SketchTarget, command: string): void {
  if (target.language !== "ts") {
    throw new CliError(`${command}: '${target.given}' is an Arduino C++ sketch; only 'ts-esp run' and 'clean' take those`);
  }
}
