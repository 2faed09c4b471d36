// LowerContext: everything a lowering function may read. Read-only: a nested scope (function body,
// class, loop) gets a new object from the with* helpers, never a mutated field.
import { ts } from "ts-morph";
import type { LoadedProject } from "../project/types";

/** One TS module and the C++ names it lowers to. */
export interface ModuleInfo {
  sourceFile: ts.SourceFile;
  namespace: string; // C++ namespace holding the module, e.g. "led_ts"
  headerPath: string; // "led.ts.h", relative to the generated src/
  sourcePath: string; // "led.ts.cpp"
  displayPath: string; // "led.ts", for #line
}

/** The goto targets of a labeled loop (statements/LabeledStatement.ts). */
export interface LoopLabels {
  breakLabel: string;
  continueLabel: string;
}

export interface LowerContext {
  readonly checker: ts.TypeChecker;
  readonly project: LoadedProject;
  readonly modules: ReadonlyMap<string, ModuleInfo>; // by absolute file name
  readonly module: ModuleInfo;
  /** Local variables that closures capture and someone reassigns: declared as tsesp::Box<T>. */
  readonly boxed: ReadonlySet<ts.Node>;
  /** How `this` is spelled here: "this" in methods, "self" inside arrow functions of methods. */
  readonly thisName: string;
  readonly currentClass?: ts.ClassLikeDeclaration;
  /** Declared return type of the function being lowered. */
  readonly returnType?: ts.Type;
  /** `continue` in a loop with per-iteration boxes jumps here instead. */
  readonly continueLabel?: string;
  /** Labels of the enclosing labeled loops, by TS label name. */
  readonly labels?: ReadonlyMap<string, LoopLabels>;
  /** True while lowering a module's top-level statements (its moduleInit body). */
  readonly atModuleTop: boolean;
  /** The program can throw (shared/unwind.ts): calls that may throw are guarded. */
  readonly mayThrow?: boolean;
  /** Expressions already evaluated into a C++ name: the base of `a?.b` inside its continuation, the
   * union member inside a member dispatch (expressions/optionalChain.ts, unionMembers.ts). */
  readonly substitutions?: ReadonlyMap<ts.Node, string>;
}

export const withSubstitution = (ctx: LowerContext, node: ts.Node, cppName: string): LowerContext => ({
  ...ctx,
  substitutions: new Map([...(ctx.substitutions ?? []), [node, cppName]]),
});

export const withFunction = (ctx: LowerContext, returnType: ts.Type | undefined, thisName?: string): LowerContext => ({
  ...ctx,
  returnType,
  thisName: thisName ?? ctx.thisName,
  continueLabel: undefined,
  labels: undefined,
  atModuleTop: false,
});

export const withClass = (ctx: LowerContext, cls: ts.ClassLikeDeclaration): LowerContext => ({
  ...ctx,
  currentClass: cls,
  thisName: "this",
});

export const withLoop = (ctx: LowerContext, continueLabel: string | undefined): LowerContext => ({ ...ctx, continueLabel });

export const withNestedBlock = (ctx: LowerContext): LowerContext => (ctx.atModuleTop ? { ...ctx, atModuleTop: false } : ctx);

/** 1-based line of a node's start, for #line. */
export function originOf(node: ts.Node, ctx: LowerContext): { file: string; line: number } {
  const sf = node.getSourceFile();
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return { file: ctx.module.displayPath, line: line + 1 };
}
