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

/** One operand's source: an expression, or several (a rest parameter's packed arguments). */
export type OperandSource = ts.Expression | readonly ts.Expression[];

const constantSource = (n: OperandSource): boolean => (Array.isArray(n) ? (n as readonly ts.Expression[]).every(isConstant) : isConstant(n as ts.Expression));
const sourceHasSideEffects = (n: OperandSource): boolean =>
  Array.isArray(n) ? (n as readonly ts.Expression[]).some(hasSideEffects) : hasSideEffects(n as ts.Expression);

/** build(operands) with the operands evaluated in JS order. */
export function inOrder(nodes: readonly OperandSource[], values: CppExpr[], build: (operands: CppExpr[]) => CppExpr): CppExpr {
  const varying = nodes.map((n, i) => (constantSource(n) ? -1 : i)).filter((i) => i >= 0);
  if (varying.length < 2 || !nodes.some(sourceHasSideEffects)) return build(values);
  const last = varying[varying.length - 1]; // evaluated after every temporary anyway
  const body: CppStmt[] = [];
  const operands = values.map((v, i) => {
    if (i >= last || constantSource(nodes[i])) return v;
    body.push(b.varDecl("auto", `tsesp_arg${i}`, v));
    return b.name(`tsesp_arg${i}`);
  });
  body.push(b.ret(build(operands)));
  return b.call(b.lambda(["&"], [], "auto", body));
}
