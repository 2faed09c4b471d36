// Walks every sketch file once and hands each node to every rule. A rule that throws becomes a
// TSESP9001 internal diagnostic at the node it was visiting, never a crash.
import * as path from "node:path";
import { ts } from "ts-morph";
import { report } from "../diagnostics/report";
import type { Diagnostic } from "../diagnostics/types";
import { withConstArrays } from "../project/constArrays";
import type { LoadedProject } from "../project/types";
import type { RuleContext, SubsetRule } from "./rule";

/** Diagnostics from all `rules` over the sketch's own files, sorted by file then position. */
export function runSubsetRules(project: LoadedProject, rules: readonly SubsetRule[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const ctx = makeRuleContext(project, diagnostics);
  for (const file of project.sourceFiles) {
    const visit = (node: ts.Node): void => {
      for (const rule of rules) visitSafely(rule, node, ctx);
      ts.forEachChild(node, visit);
    };
    visit(file.compilerNode);
  }
  return dedupe(diagnostics);
}

function visitSafely(rule: SubsetRule, node: ts.Node, ctx: RuleContext): void {
  try {
    rule.visit(node, ctx);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    ctx.report(report.internalRuleCrash(node, rule.name, detail));
  }
}

function makeRuleContext(project: LoadedProject, sink: Diagnostic[]): RuleContext {
  const checker = withConstArrays(project.project.getTypeChecker().compilerObject); // [1, 2] as const is an array
  const libDir = path.resolve(project.libDir);
  const fileOf = (declaration: ts.Declaration) => path.resolve(declaration.getSourceFile().fileName);
  return {
    checker,
    project,
    report: (diagnostic) => sink.push(diagnostic),
    isTsEspLibDeclaration: (declaration) => fileOf(declaration).startsWith(libDir + path.sep),
    isEsLibDeclaration: (declaration) => isDefaultLibFile(declaration.getSourceFile(), project),
  };
}

function isDefaultLibFile(sourceFile: ts.SourceFile, project: LoadedProject): boolean {
  return project.project.getProgram().compilerObject.isSourceFileDefaultLibrary(sourceFile);
}

/** Keeps one diagnostic per (code, place), in file/line/column order. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = diagnostics.filter((d) => {
    const key = `${d.code}:${d.file}:${d.line}:${d.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) =>
      (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
