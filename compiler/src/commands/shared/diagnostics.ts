// Prints diagnostics from the pipeline to stderr in the catalog's format (diagnostics/format.ts).
import { formatDiagnostics } from "../../diagnostics/format";
import type { Diagnostic } from "../../diagnostics/types";

/** Prints every diagnostic with code frames; returns true when at least one is an error. */
export function printDiagnostics(diagnostics: Diagnostic[]): boolean {
  if (diagnostics.length > 0) process.stderr.write(formatDiagnostics(diagnostics));
  return diagnostics.some((d) => d.severity === "error");
}
