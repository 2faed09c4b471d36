// TypeScript's own verdict under strict: syntactic, then semantic errors of the sketch's files
// and ts-esp's lib, converted to ts-esp Diagnostics that keep TypeScript's code (TS2322, ...).
import { ts } from "ts-morph";
import { spanAt, displayPath } from "../diagnostics/location";
import type { Diagnostic } from "../diagnostics/types";
import type { LoadedProject } from "../project/types";

/** TypeScript's errors for the project, in file order then position order. */
export function collectTypeScriptDiagnostics(loaded: LoadedProject): Diagnostic[] {
  const program = loaded.project.getProgram().compilerObject;
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  const perFile: ts.Diagnostic[] = [];
  for (const file of [...loaded.sourceFiles, ...loaded.libFiles]) {
    const sourceFile = file.compilerNode;
    const syntactic = program.getSyntacticDiagnostics(sourceFile);
    perFile.push(...syntactic);
    if (syntactic.length === 0) perFile.push(...program.getSemanticDiagnostics(sourceFile));
  }
  return [...global, ...perFile].map(convertDiagnostic);
}

/** One TypeScript diagnostic in ts-esp's shape; chained messages keep tsc's indentation. */
export function convertDiagnostic(diagnostic: ts.Diagnostic): Diagnostic {
  const converted: Diagnostic = {
    code: `TS${diagnostic.code}`,
    severity: diagnostic.category === ts.DiagnosticCategory.Error ? "error" : "warning",
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
  };
  if (diagnostic.file !== undefined && diagnostic.start !== undefined) {
    Object.assign(converted, spanAt(diagnostic.file, diagnostic.start, diagnostic.length ?? 0));
  } else if (diagnostic.file !== undefined) {
    converted.file = displayPath(diagnostic.file.fileName);
  }
  return converted;
}
