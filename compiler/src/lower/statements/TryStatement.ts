// try/catch/finally without C++ exceptions (runtime tsesp/error.h, shared/unwind.ts):
//   { int tsesp_completion_N = 0;              // only if a return/break/continue leaves through finally
//     { try block }                            // a pending error: goto tsesp_catch_N
//     tsesp_catch_N:;
//     if (tsesp::errorPending()) { tsesp::Ref<tsesp::Error> e = tsesp::takeError(); catch block }
//     tsesp_finally_N:;
//     { tsesp::Ref<tsesp::Error> tsesp_saved_N = tsesp::takeError(); finally block;
//       tsesp::restoreError(std::move(tsesp_saved_N)); }
//     if (tsesp::errorPending()) TSESP_UNWIND;   // rethrown to the enclosing handler
//     if (tsesp_completion_N == 1) return tsesp_return_N; ... }
// A return/break/continue in the try or catch block whose target lies outside a try with a finally
// records its completion code (and return value) and jumps to the finally block; after the finally
// block the jump is made again from the try statement (through the next finally out, if any). A
// return, break or throw inside the finally block itself simply leaves it, dropping the kept error,
// which is JS's "finally overrides".
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt } from "../../cpp/nodes";
import { originOf, withNestedBlock, type LowerContext } from "../context";
import { lowerExpression } from "../expressions/index";
import { jumpsTo, resolveUnwind, unwindIfPending } from "../shared/unwind";
import { cppName } from "../shared/names";
import { cppTypeOf } from "../types";
import { lowerStatements } from "./index";
import { lowerLabeledJump } from "./LabeledStatement";

type Jump = ts.ReturnStatement | ts.BreakStatement | ts.ContinueStatement;

const idOf = (node: ts.TryStatement): number => node.getStart();
const catchLabel = (node: ts.TryStatement): string => `tsesp_catch_${idOf(node)}`;
const finallyLabel = (node: ts.TryStatement): string => `tsesp_finally_${idOf(node)}`;
const completionName = (node: ts.TryStatement): string => `tsesp_completion_${idOf(node)}`;
const returnName = (node: ts.TryStatement): string => `tsesp_return_${idOf(node)}`;

export function lowerTryStatement(node: ts.TryStatement, ctx: LowerContext): CppStmt[] {
  const inner = withNestedBlock(ctx);
  const { catchClause, finallyBlock } = node;
  const out: CppStmt[] = [];
  const escapes = finallyBlock ? escapingJumps(node) : [];
  if (escapes.length) out.push(b.varDecl("int", completionName(node), b.name("0")));
  if (escapes.some((j) => ts.isReturnStatement(j) && j.expression) && !returnsVoid(ctx)) {
    out.push(b.varDecl(cppTypeOf(ctx.returnType!, ctx), returnName(node), b.name("{}")));
  }
  const tryBody = resolveUnwind(lowerStatements(node.tryBlock.statements, inner), `goto ${catchClause ? catchLabel(node) : finallyLabel(node)}`);
  out.push(b.block(tryBody));
  if (catchClause) {
    if (jumpsTo(tryBody, catchLabel(node))) out.push({ kind: "label", label: catchLabel(node) });
    const catchBody = [catchBinding(catchClause, ctx), ...lowerStatements(catchClause.block.statements, inner)];
    out.push({ kind: "if", test: b.call("tsesp::errorPending"), then: finallyBlock ? resolveUnwind(catchBody, `goto ${finallyLabel(node)}`) : catchBody });
  }
  if (finallyBlock) {
    if (jumpsTo(out, finallyLabel(node))) out.push({ kind: "label", label: finallyLabel(node) });
    const saved = `tsesp_saved_${idOf(node)}`;
    out.push(b.block([
      b.varDecl("tsesp::Ref<tsesp::Error>", saved, b.call("tsesp::takeError")),
      ...lowerStatements(finallyBlock.statements, inner),
      b.exprStmt(b.call("tsesp::restoreError", b.call("std::move", b.name(saved)))),
    ]));
    out.push(unwindIfPending());
    out.push(...dispatchJumps(node, escapes, ctx));
  }
  return [{ ...b.block(out), origin: originOf(node, ctx) }];
}

// catch (e) -> tsesp::Ref<tsesp::Error> e = tsesp::takeError(); catch {} -> tsesp::takeError();
function catchBinding(clause: ts.CatchClause, ctx: LowerContext): CppStmt {
  const decl = clause.variableDeclaration;
  const taken = b.call("tsesp::takeError");
  if (!decl || !ts.isIdentifier(decl.name)) return b.exprStmt(taken);
  const name = cppName(decl.name.text);
  if (ctx.boxed.has(decl)) return { kind: "var", type: "tsesp::Box<tsesp::Ref<tsesp::Error>>", name, init: taken, direct: true };
  return b.varDecl("tsesp::Ref<tsesp::Error>", name, taken);
}

function returnsVoid(ctx: LowerContext): boolean {
  return !ctx.returnType || (ctx.returnType.flags & (ts.TypeFlags.Void | ts.TypeFlags.Never | ts.TypeFlags.Undefined)) !== 0;
}

/** After the finally block: each recorded jump made again, from the try statement's position. */
function dispatchJumps(node: ts.TryStatement, escapes: Jump[], ctx: LowerContext): CppStmt[] {
  const out: CppStmt[] = [];
  const done = new Set<number>();
  for (const jump of escapes) {
    const code = jumpCode(node, jump, escapes);
    if (done.has(code)) continue;
    done.add(code);
    const value = ts.isReturnStatement(jump) && jump.expression && !returnsVoid(ctx) ? b.name(returnName(node)) : undefined;
    const again = lowerEscapingJump(jump, ctx, node, value) ?? [plainJump(jump, value, ctx)];
    out.push({ kind: "if", test: b.binary("==", b.name(completionName(node)), b.name(String(code))), then: again });
  }
  return out;
}

function plainJump(jump: Jump, value: CppExpr | undefined, ctx: LowerContext): CppStmt {
  if (ts.isReturnStatement(jump)) return b.ret(value);
  if (jump.label) return lowerLabeledJump(jump, ctx);
  if (ts.isBreakStatement(jump)) return { kind: "break" };
  return ctx.continueLabel ? { kind: "goto", label: ctx.continueLabel } : { kind: "continue" };
}

/**
 * A return/break/continue that leaves a try block or catch block with a finally: records the
 * completion and jumps to the finally block. Undefined when no finally lies between the jump
 * (or `from`, the try statement re-making it) and its target.
 */
export function lowerEscapingJump(jump: Jump, ctx: LowerContext, from: ts.Node = jump, value?: CppExpr): CppStmt[] | undefined {
  const via = crossedFinally(jump, from);
  if (!via) return undefined;
  const origin = originOf(jump, ctx);
  const out: CppStmt[] = [];
  if (ts.isReturnStatement(jump) && jump.expression) {
    const v = value ?? lowerExpression(jump.expression, ctx);
    out.push(returnsVoid(ctx) ? b.exprStmt(v) : b.exprStmt(b.assign(b.name(returnName(via)), v)));
  }
  out.push(b.exprStmt(b.assign(b.name(completionName(via)), b.name(String(jumpCode(via, jump, escapingJumps(via)))))));
  out.push({ kind: "goto", label: finallyLabel(via) });
  return out.map((s) => ({ ...s, origin }));
}

/** 1 for every return; 2, 3, ... for each break/continue, in source order. */
function jumpCode(node: ts.TryStatement, jump: Jump, escapes: Jump[]): number {
  if (ts.isReturnStatement(jump)) return 1;
  return 2 + escapes.filter((j) => !ts.isReturnStatement(j)).indexOf(jump);
}

const isFunctionBoundary = (n: ts.Node): boolean => ts.isFunctionLike(n) || ts.isClassLike(n) || ts.isSourceFile(n);

/** The statement a break/continue leaves (its loop, switch or labeled statement); undefined for return. */
function jumpTarget(jump: Jump): ts.Node | undefined {
  if (ts.isReturnStatement(jump)) return undefined;
  for (let p = jump.parent; p && !isFunctionBoundary(p); p = p.parent) {
    if (jump.label) {
      if (ts.isLabeledStatement(p) && p.label.text === jump.label.text) return p;
    } else if (ts.isIterationStatement(p, false) || (ts.isBreakStatement(jump) && ts.isSwitchStatement(p))) {
      return p;
    }
  }
  return undefined;
}

/** The innermost try-with-finally between `from` and the jump's target whose try or catch block holds `from`. */
function crossedFinally(jump: Jump, from: ts.Node): ts.TryStatement | undefined {
  const target = jumpTarget(jump);
  let child = from;
  for (let p = from.parent; p && !isFunctionBoundary(p) && p !== target; p = p.parent) {
    if (ts.isTryStatement(p) && p.finallyBlock && child !== p.finallyBlock) return p;
    child = p;
  }
  return undefined;
}

/** The jumps in a try statement's try and catch blocks whose target lies outside it. */
function escapingJumps(node: ts.TryStatement): Jump[] {
  const out: Jump[] = [];
  const visit = (n: ts.Node): void => {
    if (isFunctionBoundary(n)) return;
    if (ts.isReturnStatement(n) || ts.isBreakStatement(n) || ts.isContinueStatement(n)) {
      const target = jumpTarget(n);
      if (!target || !isInside(target, node)) out.push(n);
    }
    ts.forEachChild(n, visit);
  };
  visit(node.tryBlock);
  if (node.catchClause) visit(node.catchClause.block);
  return out;
}

/**
 * A function body ending in a try statement whose every path returns or throws: C++ cannot see that
 * the catch/finally paths always leave, so the body gets a final unreachable `return {}`.
 */
export function needsFinalReturn(body: ts.ConciseBody | undefined): boolean {
  if (!body || !ts.isBlock(body)) return false;
  const last = body.statements[body.statements.length - 1];
  return last !== undefined && ts.isTryStatement(last);
}

function isInside(n: ts.Node, ancestor: ts.Node): boolean {
  for (let p: ts.Node | undefined = n; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
