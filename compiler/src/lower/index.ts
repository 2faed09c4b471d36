// Phase 2: LoadedProject -> CppProgram. Each sketch module lowers on its own (modules.ts) with a
// read-only context; the entry (entry.ts) adds the Arduino setup()/loop() that drive it.
import * as path from "node:path";
import { ts } from "ts-morph";
import type { CppProgram } from "../cpp/nodes";
import { withConstArrays } from "../project/constArrays";
import type { LoadedProject } from "../project/types";
import type { LowerContext, ModuleInfo } from "./context";
import { lowerEntry } from "./entry";
import { lowerModule } from "./modules";
import { findBoxedDeclarations } from "./shared/captures";
import { cppName } from "./shared/names";
import { programMayThrow } from "./shared/unwind";

export function lowerProject(project: LoadedProject): CppProgram {
  const checker = withConstArrays(project.project.getTypeChecker().compilerObject); // [1, 2] as const is an array
  const modules = new Map<string, ModuleInfo>();
  const entryDir = path.dirname(project.entry.getFilePath());
  for (const file of project.sourceFiles) {
    const sf = file.compilerNode;
    const relative = path.relative(entryDir, sf.fileName).split(path.sep).join("/");
    const stem = relative.replace(/\.ts$/, "");
    modules.set(sf.fileName, {
      sourceFile: sf,
      namespace: `${cppName(stem.replace(/[^A-Za-z0-9_]/g, "_")).replace(/_$/, "")}_ts`,
      headerPath: `${stem.replace(/\.\.\//g, "up/")}.ts.h`,
      sourcePath: `${stem.replace(/\.\.\//g, "up/")}.ts.cpp`,
      displayPath: path.relative(project.rootDir, sf.fileName).split(path.sep).join("/"),
    });
  }
  const files = [];
  const mayThrow = programMayThrow(project.sourceFiles.map((f) => f.compilerNode));
  for (const module of modules.values()) {
    const ctx: LowerContext = {
      checker,
      project,
      modules,
      module,
      boxed: findBoxedDeclarations(module.sourceFile, checker),
      thisName: "this",
      atModuleTop: true,
      mayThrow,
    };
    files.push(...lowerModule(ctx));
  }
  const entry = modules.get(project.entry.compilerNode.fileName)!;
  files.push(lowerEntry(entry, exportedFunctions(entry.sourceFile), mayThrow));
  return { files };
}

function exportedFunctions(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const s of sf.statements) {
    if (ts.isFunctionDeclaration(s) && s.name && ts.getCombinedModifierFlags(s) & ts.ModifierFlags.Export) names.add(s.name.text);
  }
  return names;
}
