// What a command's FILE.ts | DIR argument names: the sketch's root folder, entry file, config and the
// work folder where ts-esp writes generated C++ and build stamps (DIR/.ts-esp for a project; a
// per-file folder in ts-esp's cache for a single .ts file, so sketches sharing a folder never collide).
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

/** Resolves `given` (default: the working directory) or throws a one-line CliError. */
export function resolveSketch(given = "."): SketchTarget {
  const absolute = path.resolve(given);
  if (!fs.existsSync(absolute)) throw new CliError(`cannot find '${given}'`);
  if (fs.statSync(absolute).isDirectory()) return resolveProject(given, absolute);
  if (!absolute.endsWith(".ts") || absolute.endsWith(".d.ts")) {
    throw new CliError(`'${given}' is not a TypeScript file (pass a .ts file or a project folder)`);
  }
  const rootDir = path.dirname(absolute);
  const key = crypto.createHash("sha256").update(absolute).digest("hex").slice(0, 16);
  const workDir = path.join(userCacheDir(), "sketches", `${path.basename(absolute, ".ts")}-${key}`);
  return { given, rootDir, entry: absolute, isProject: false, config: { entry: path.basename(absolute), defines: {} }, workDir };
}

function resolveProject(given: string, rootDir: string): SketchTarget {
  const loaded = readTsEspConfig(rootDir);
  if (!loaded.ok) throw new CliError(loaded.diagnostics[0].message);
  const config = loaded.config;
  const entry = path.resolve(rootDir, config.entry);
  if (!fs.existsSync(entry)) {
    const hint = config.entry === DEFAULT_ENTRY ? " (run 'ts-esp init' to start one)" : "";
    throw new CliError(`'${given}' is not a sketch: it has no ${config.entry}${hint}`);
  }
  return { given, rootDir, entry, isProject: true, config, workDir: path.join(rootDir, WORK_DIR_NAME) };
}
