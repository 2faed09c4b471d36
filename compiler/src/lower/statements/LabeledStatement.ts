// Labeled loops: `outer: for (...) { ... continue outer; ... break outer; }`. C++ has no labeled
// break/continue, so both become forward gotos within the same C++ function:
//   for (...) { { body } tsesp_continue_outer_3:; }  tsesp_break_outer_3:;
// `continue outer` jumps to the end of the outer loop's body (per-iteration loops reuse their
// copy-back label), `break outer` to just after the loop. check/ refuses labels on non-loops.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppStmt } from "../../cpp/nodes";
import { originOf, type LoopLabels, type LowerContext } from "../context";
import { unsupported } from "../expressions/index";
import { cppName } from "../shared/names";
import { containsGoto } from "./ForStatement";
import { lowerStatement } from "./index";

export function lowerLabeledStatement(node: ts.LabeledStatement, ctx: LowerContext): CppStmt[] {
  if (!ts.isIterationStatement(node.statement, false)) throw unsupported(node, ctx);
  const line = originOf(node, ctx).line;
  const suffix = `${cppName(node.label.text)}_${line}`;
  const targets: LoopLabels = { breakLabel: `tsesp_break_${suffix}`, continueLabel: `tsesp_continue_${suffix}` };
  const labels = new Map(ctx.labels ?? []);
  labels.set(node.label.text, targets);
  const loop = lowerStatement(node.statement, { ...ctx, labels });
  if (!containsGoto(loop, targets.breakLabel)) return loop;
  return [...loop, { kind: "label", label: targets.breakLabel }];
}

/** The goto targets of the loop `node` when it carries a label. */
export function labelsOfLoop(node: ts.IterationStatement, ctx: LowerContext): LoopLabels | undefined {
  return ts.isLabeledStatement(node.parent) ? ctx.labels?.get(node.parent.label.text) : undefined;
}

/** A labeled loop's body with the `continue label` target at its end: `{ body } label:;`. */
export function withContinueTarget(node: ts.IterationStatement, body: CppStmt[], ctx: LowerContext): CppStmt[] {
  const targets = labelsOfLoop(node, ctx);
  if (!targets || !containsGoto(body, targets.continueLabel)) return body;
  return [b.block(body), { kind: "label", label: targets.continueLabel }];
}

/** `break label` / `continue label` -> goto. */
export function lowerLabeledJump(node: ts.BreakStatement | ts.ContinueStatement, ctx: LowerContext): CppStmt {
  const targets = node.label ? ctx.labels?.get(node.label.text) : undefined;
  if (!targets) throw unsupported(node, ctx);
  return { kind: "goto", label: ts.isBreakStatement(node) ? targets.breakLabel : targets.continueLabel };
}
