// Phase 1: TypeScript's errors under strict, then the subset rules (check/rules/*). The only place
// user errors are found: a project with no errors here must lower and compile.
// TypeScript errors stop the check: the subset rules read types and assume a well-typed program.
import { report } from "../diagnostics/report";
import type { Diagnostic } from "../diagnostics/types";
import type { LoadedProject } from "../project/types";
import { collectTypeScriptDiagnostics } from "./typescriptDiagnostics";
import { runSubsetRules } from "./runRules";
import { rules } from "./rules";

/** Every error and warning for the loaded sketch, in file and position order. */
/** Never throws: a crash inside TypeScript or the walk becomes one TSESP9900 diagnostic. */
export function checkProject(project: LoadedProject): Diagnostic[] {
  try {
    const typeErrors = collectTypeScriptDiagnostics(project);
    if (typeErrors.some((d) => d.severity === "error")) return typeErrors;
    return [...typeErrors, ...runSubsetRules(project, rules)];
  } catch (error) {
    return [report.internalError("checking the sketch", error)];
  }
}
