// `a = 1, b = 2` -> refused, except the for-loop update `for (...; ...; i++, j--)`, where every
// operand is an update, an assignment or a call: those run left to right for their effects, which
// the C++ comma operator sequences the same way (lower/statements/ForStatement.ts).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noCommaOperator: SubsetRule = {
  code: "TSESP2036",
  name: "noCommaOperator",
  visit(node, ctx) {
    if (!isComma(node) || isForUpdateList(node)) return;
    ctx.report(report.commaOperator(node.operatorToken));
  },
};

function isComma(node: ts.Node): node is ts.BinaryExpression {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.CommaToken;
}

/** True for a comma inside `for (;; <here>)` whose operands all act by their effects. */
function isForUpdateList(node: ts.BinaryExpression): boolean {
  let top: ts.Node = node;
  while (isComma(top.parent)) top = top.parent;
  const loop = top.parent;
  if (!ts.isForStatement(loop) || loop.incrementor !== top) return false;
  return forUpdateOperands(top as ts.Expression).every(isEffect);
}

function forUpdateOperands(e: ts.Expression): ts.Expression[] {
  return isComma(e) ? [...forUpdateOperands(e.left), ...forUpdateOperands(e.right)] : [e];
}

function isEffect(e: ts.Expression): boolean {
  if (ts.isPostfixUnaryExpression(e)) return true;
  if (ts.isPrefixUnaryExpression(e)) return e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken;
  if (ts.isCallExpression(e)) return true;
  return ts.isBinaryExpression(e) && e.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && e.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}
