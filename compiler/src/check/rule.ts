// The shape of a subset rule (check/rules/<rule>.ts): `visit` is called for every node of every
// sketch file, in source order, and reports what the compiler cannot lower correctly.
import type { ts } from "ts-morph";
import type { Diagnostic } from "../diagnostics/types";
import type { LoadedProject } from "../project/types";

export interface RuleContext {
  readonly checker: ts.TypeChecker;
  readonly project: LoadedProject;
  /** Adds a diagnostic (built with diagnostics/report.ts). */
  report(diagnostic: Diagnostic): void;
  /** True when the declaration comes from the ES2022 lib (not from ts-esp's lib or the sketch). */
  isEsLibDeclaration(declaration: ts.Declaration): boolean;
  /** True when the declaration comes from ts-esp's own lib (compiler/lib). */
  isTsEspLibDeclaration(declaration: ts.Declaration): boolean;
}

export interface SubsetRule {
  /** The main TSESPnnnn code this rule reports (some rules report a few related codes). */
  readonly code: string;
  /** Name shown in internal-error diagnostics; the file name without .ts. */
  readonly name: string;
  visit(node: ts.Node, ctx: RuleContext): void;
}
