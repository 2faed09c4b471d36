// `let x: number | string`, `function f(): A | B`, `const v = c ? 1 : "a"`, `log(c ? 1 : "a")`
// -> TSESP2017 (value choices are fine where only their truthiness is used: `if (a && b.length)`).
// Accepted: `T | undefined` (what `x?: T` means and what `arr.pop()` returns), written or inferred;
// boolean, literal families and enums, which TypeScript models as unions.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { declaredTypeOf, isUnsupportedUnion } from "./shared/types";

export const noUnions: SubsetRule = {
  code: "TSESP2017",
  name: "noUnions",
  visit(node, ctx) {
    if (ts.isUnionTypeNode(node)) {
      if (!isOptionalValueType(node)) ctx.report(report.unionType(node, node.getText()));
      return;
    }
    if ((ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node)) && node.type === undefined) {
      const type = declaredTypeOf(node, ctx);
      if (type !== undefined && isUnsupportedUnion(type, ctx.checker)) {
        ctx.report(report.unionType(node.name, ctx.checker.typeToString(type)));
      }
      return;
    }
    if (isValueChoice(node) && !isInConditionPosition(node) && !isReportedByItsDeclaration(node)) {
      const type = ctx.checker.getTypeAtLocation(node);
      if (isUnsupportedUnion(type, ctx.checker)) ctx.report(report.unionType(node, ctx.checker.typeToString(type)));
      return;
    }
    if (isFunctionWithInferredReturn(node)) {
      const signature = ctx.checker.getSignatureFromDeclaration(node);
      const returnType = signature?.getReturnType();
      if (returnType !== undefined && isUnsupportedUnion(returnType, ctx.checker)) {
        ctx.report(report.unionType(node.name ?? node, ctx.checker.typeToString(returnType)));
      }
    }
  },
};

/** `c ? a : b`, `a || b`, `a && b`, `a ?? b`: expressions whose value may come from either side. */
function isValueChoice(node: ts.Node): node is ts.Expression {
  if (ts.isConditionalExpression(node)) return true;
  if (!ts.isBinaryExpression(node)) return false;
  const kind = node.operatorToken.kind;
  return kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.AmpersandAmpersandToken ||
    kind === ts.SyntaxKind.QuestionQuestionToken;
}

/** The initializer of an unannotated variable, or what an unannotated function returns: the
 * declaration's own union report covers it. */
function isReportedByItsDeclaration(node: ts.Node): boolean {
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent)) parent = parent.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.type === undefined) return true;
  const fn = ts.isReturnStatement(parent) ? ts.findAncestor(parent, ts.isFunctionLike) : ts.isArrowFunction(parent) ? parent : undefined;
  return fn !== undefined && fn.type === undefined;
}

/** Only the truthiness of the value is used (if/while/for tests, `!x`, a ternary's condition). */
function isInConditionPosition(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isParenthesizedExpression(parent)) return isInConditionPosition(parent);
  if (ts.isIfStatement(parent) || ts.isWhileStatement(parent) || ts.isDoStatement(parent)) return parent.expression === node;
  if (ts.isForStatement(parent)) return parent.condition === node;
  if (ts.isConditionalExpression(parent)) return parent.condition === node;
  if (ts.isPrefixUnaryExpression(parent)) return parent.operator === ts.SyntaxKind.ExclamationToken;
  if (ts.isBinaryExpression(parent)) {
    const kind = parent.operatorToken.kind;
    const logical = kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.AmpersandAmpersandToken;
    return logical && isInConditionPosition(parent);
  }
  return false;
}

function isFunctionWithInferredReturn(node: ts.Node): node is ts.SignatureDeclaration & { name?: ts.Node } {
  if (!(ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node))) return false;
  return node.type === undefined && node.body !== undefined;
}

/** `T | undefined` with one other member. */
function isOptionalValueType(node: ts.UnionTypeNode): boolean {
  const undefinedMembers = node.types.filter((t) => t.kind === ts.SyntaxKind.UndefinedKeyword);
  return node.types.length === 2 && undefinedMembers.length === 1;
}
