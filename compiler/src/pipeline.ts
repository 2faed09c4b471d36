// The compiler as a table of contents: load -> check -> lower -> emit. Each phase is a folder;
// nothing here knows how a phase works, only what it takes and returns.
import type { Diagnostic } from "./diagnostics/types";
import { loadProject, type LoadOptions } from "./project/load";
import { checkProject } from "./check";
import { lowerProject } from "./lower";
import { emitProgram, type GeneratedFile } from "./emit";

export interface CompileResult {
  diagnostics: Diagnostic[];
  /** Present only when there are no errors. Paths are relative to the generated source folder. */
  files?: GeneratedFile[];
}

/** Type-check and subset-check a sketch without generating code. */
export function checkSketch(entry: string, options: LoadOptions = {}): Diagnostic[] {
  const loaded = loadProject(entry, options);
  if (!loaded.ok) return loaded.diagnostics;
  return checkProject(loaded.project);
}

/** TS sketch (a file or a project folder) -> C++ sources, or the diagnostics that stop it. */
export function compileSketch(entry: string, options: LoadOptions = {}): CompileResult {
  const loaded = loadProject(entry, options);
  if (!loaded.ok) return { diagnostics: loaded.diagnostics };
  const diagnostics = checkProject(loaded.project);
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  const program = lowerProject(loaded.project);
  return { diagnostics, files: emitProgram(program) };
}
