// JS evaluates operands and arguments left to right; C++ leaves most of that order unspecified.
// Where it can matter (some operand has side effects and two or more are not constants), all but the
// last non-constant operand are evaluated into temporaries first:
//   f(next(), next()) -> [&] { auto tsesp_arg0 = next(); auto tsesp_arg1 = next(); return f(tsesp_arg0, tsesp_arg1); }()
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt } from "../../cpp/nodes";

/** True if evaluating the expression may change state (calls, assignments, ++/--, new). */
export function hasSideEffects(node: ts.Node): boolean {
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return false;
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) return true;
  if (ts.isBinaryExpression(node)) {
    const k = node.operatorToken.kind;
    if (k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment) return true;
  }
  if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) return true;
  return ts.forEachChild(node, (c) => (hasSideEffects(c) ? true : undefined)) ?? false;
}

function isConstant(node: ts.Node): boolean {
  return ts.isLiteralExpression(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword;
}

/** build(operands) with the operands evaluated in JS order. */
export function inOrder(nodes: readonly ts.Expression[], values: CppExpr[], build: (operands: CppExpr[]) => CppExpr): CppExpr {
  const varying = nodes.map((n, i) => (isConstant(n) ? -1 : i)).filter((i) => i >= 0);
  if (varying.length < 2 || !nodes.some(hasSideEffects)) return build(values);
  const last = varying[varying.length - 1]; // evaluated after every temporary anyway
  const body: CppStmt[] = [];
  const operands = values.map((v, i) => {
    if (i >= last || isConstant(nodes[i])) return v;
    body.push(b.varDecl("auto", `tsesp_arg${i}`, v));
    return b.name(`tsesp_arg${i}`);
  });
  body.push(b.ret(build(operands)));
  return b.call(b.lambda(["&"], [], "auto", body));
}
