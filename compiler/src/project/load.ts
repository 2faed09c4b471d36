// Phase 0: a sketch path -> LoadedProject. A sketch is a single .ts file, or a folder with an
// optional tsconfig.json and ts-esp.json whose entry is src/main.ts. The ts-morph Project holds
// the entry, every sketch module it imports, ts-esp's lib (compiler/lib/*.d.ts) and ES2022 core.
import * as fs from "node:fs";
import * as path from "node:path";
import { Project, type SourceFile } from "ts-morph";
import { report } from "../diagnostics/report";
import { displayPath } from "../diagnostics/location";
import type { Diagnostic } from "../diagnostics/types";
import { readTsEspConfig, DEFAULT_ENTRY } from "./config";
import { readCompilerOptions } from "./compilerOptions";
import { findLibDir, listLibFiles } from "./libDir";
import type { LoadedProject, TsEspConfig } from "./types";

export type { LoadedProject, TsEspConfig } from "./types";

export interface LoadOptions {
  /** Overrides the entry file (relative to the project folder). */
  entry?: string;
  /** Overrides where ts-esp's lib .d.ts are found (tests; default: compiler/lib of this package). */
  libDir?: string;
}

export type LoadResult = { ok: true; project: LoadedProject } | { ok: false; diagnostics: Diagnostic[] };

const fail = (...diagnostics: Diagnostic[]): LoadResult => ({ ok: false, diagnostics });

/** Loads the sketch at `entryPath` (a .ts file or a project folder). Never throws: an unexpected
 * failure (unreadable file, a TypeScript crash) becomes one TSESP9900 diagnostic. */
export function loadProject(entryPath: string, options: LoadOptions = {}): LoadResult {
  try {
    return loadProjectOrThrow(entryPath, options);
  } catch (error) {
    return fail(report.internalError("loading the sketch", error));
  }
}

function loadProjectOrThrow(entryPath: string, options: LoadOptions): LoadResult {
  const absolute = path.resolve(entryPath);
  if (!fs.existsSync(absolute)) return fail(report.entryNotFound(displayPath(absolute)));
  const isFolder = fs.statSync(absolute).isDirectory();
  const rootDir = isFolder ? absolute : path.dirname(absolute);

  const configResult = isFolder ? readTsEspConfig(rootDir) : { ok: true as const, config: defaultConfig(absolute) };
  if (!configResult.ok) return fail(...configResult.diagnostics);
  const config = configResult.config;
  if (options.entry !== undefined) config.entry = options.entry;

  const entryFile = isFolder ? path.resolve(rootDir, config.entry) : absolute;
  if (!fs.existsSync(entryFile) || fs.statSync(entryFile).isDirectory()) {
    if (isFolder) return fail(report.emptyProject(displayPath(rootDir), config.entry));
    return fail(report.entryNotFound(displayPath(entryFile)));
  }
  if (!isTypeScriptModule(entryFile)) return fail(report.entryNotTypeScript(displayPath(entryFile)));

  const optionsResult = readCompilerOptions(rootDir);
  if (!optionsResult.ok) return fail(...optionsResult.diagnostics);
  const libDir = options.libDir !== undefined ? path.resolve(options.libDir) : findLibDir();
  if (libDir === undefined || !fs.existsSync(libDir)) return fail(report.internalLibMissing(options.libDir ?? "compiler/lib"));

  const project = new Project({ compilerOptions: optionsResult.options, skipAddingFilesFromTsConfig: true });
  const libFiles = listLibFiles(libDir).map((file) => project.addSourceFileAtPath(file));
  const entry = project.addSourceFileAtPath(entryFile);
  project.resolveSourceFileDependencies();
  const sourceFiles = collectSketchFiles(project, entry, libDir);
  return { ok: true, project: { project, entry, sourceFiles, libFiles, libDir, rootDir, config } };
}

function defaultConfig(file: string): TsEspConfig {
  return { entry: path.basename(file) || DEFAULT_ENTRY, defines: {} };
}

function isTypeScriptModule(file: string): boolean {
  return file.endsWith(".ts") && !file.endsWith(".d.ts");
}

/** The entry, then every other non-lib file the project pulled in, in a stable order. */
function collectSketchFiles(project: Project, entry: SourceFile, libDir: string): SourceFile[] {
  const others = project
    .getSourceFiles()
    .filter((file) => file !== entry && !isBelow(file.getFilePath(), libDir) && !file.isInNodeModules())
    .sort((a, b) => a.getFilePath().localeCompare(b.getFilePath()));
  return [entry, ...others];
}

function isBelow(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return !relative.startsWith("..") && !path.isAbsolute(relative);
}
