// switch on numbers or strings -> pick the case index with === in source order, then a C++ switch
// on that index (so fallthrough, break and default placement behave exactly as in JS):
//   { const tsesp::String tsesp_switch = cmd;
//     switch (tsesp_switch == tsesp::String("on") ? 0 : tsesp_switch == tsesp::String("off") ? 1 : 2) { ... } }
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt } from "../../cpp/nodes";
import { originOf, withNestedBlock, type LowerContext } from "../context";
import { lowerExpression } from "../expressions/index";
import { cppTypeOf } from "../types";
import { lowerStatements } from "./index";

export function lowerSwitchStatement(node: ts.SwitchStatement, ctx: LowerContext): CppStmt[] {
  const inner = withNestedBlock(ctx);
  const origin = originOf(node, ctx);
  const type = cppTypeOf(ctx.checker.getTypeAtLocation(node.expression), ctx);
  const key = b.name("tsesp_switch");
  const clauses = node.caseBlock.clauses;
  const defaultIndex = clauses.findIndex((c) => ts.isDefaultClause(c));
  let selector: CppExpr = b.name(String(defaultIndex));
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i];
    if (ts.isCaseClause(c)) {
      selector = b.conditional(b.call("tsesp::strictEquals", key, lowerExpression(c.expression, inner)), b.name(String(i)), selector);
    }
  }
  const cases = clauses.map((c, i) => {
    const body = lowerStatements(c.statements, inner);
    const last = body[body.length - 1];
    const ends = last && (last.kind === "break" || last.kind === "return" || last.kind === "continue" || last.kind === "goto");
    if (!ends && i < clauses.length - 1) body.push(b.exprStmt(b.name("[[fallthrough]]")));
    return { label: ts.isDefaultClause(c) ? undefined : b.name(String(i)), body };
  });
  const declare: CppStmt = b.varDecl(type, "tsesp_switch", lowerExpression(node.expression, inner), true);
  return [{ ...b.block([declare, { kind: "switch", discriminant: selector, cases, origin }]), origin }];
}
