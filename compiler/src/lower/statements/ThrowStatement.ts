// throw e -> tsesp::throwValue(e); then unwind (the TSESP_UNWIND placeholder becomes `goto
// tsesp_catch_N`, `goto tsesp_finally_N` or a `return` of a default value: shared/unwind.ts).
// check/ accepts only Error objects (Error, its built-in subclasses, sketch classes extending it,
// and a caught value rethrown).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppStmt } from "../../cpp/nodes";
import { originOf, type LowerContext } from "../context";
import { lowerExpression } from "../expressions/index";
import { UNWIND } from "../shared/unwind";

export function lowerThrowStatement(node: ts.ThrowStatement, ctx: LowerContext): CppStmt[] {
  const origin = originOf(node, ctx);
  return [
    { ...b.exprStmt(b.call("tsesp::throwValue", lowerExpression(node.expression, ctx))), origin },
    { ...b.exprStmt(b.name(UNWIND)), origin },
  ];
}
