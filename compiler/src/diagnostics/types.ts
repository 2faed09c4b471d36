// The shape of every message ts-esp reports (esbuild's Msg, TypeScript's Diagnostic): produced by
// project/ and check/, formatted by format.ts, asserted by test baselines.

export type Severity = "error" | "warning";

export interface Diagnostic {
  /** "TSESP2001" for ts-esp's own codes, "TS2322" for TypeScript's. */
  code: string;
  severity: Severity;
  /** Path as given to the user (relative to the working directory when possible); undefined for project-level errors. */
  file?: string;
  line?: number; // 1-based
  column?: number; // 1-based, UTF-16 code units
  length?: number; // UTF-16 code units
  message: string;
  /** A rewrite the user can apply; printed as "(hint: ...)". */
  hint?: string;
  notes?: string[];
}

/** Thrown by lower/ or emit/ when they meet a node check/ did not clear: a ts-esp bug, never user error. */
export class InternalCompilerError extends Error {
  constructor(
    readonly code: string, // TSESP9xxx
    message: string,
    readonly location?: { file: string; line: number; column: number },
  ) {
    super(message);
  }
}
