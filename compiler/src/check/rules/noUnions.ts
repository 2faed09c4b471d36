// Unions ts-esp cannot tell apart at run time -> TSESP2017: `Dog | Cat` interfaces without a literal
// `kind` (or a property of their own), `number[] | string[]`, two function types; also an object
// literal that fits several members of its union. Accepted (see shared/types.ts unionProblem):
// `T | undefined | null`, primitive mixes (`string | number | boolean`), discriminated unions,
// classes (instanceof), written, inferred or chosen by `c ? a : b` / `a || b` / `a ?? b`.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { declaredTypeOf, unionProblem } from "./shared/types";

export const noUnions: SubsetRule = {
  code: "TSESP2017",
  name: "noUnions",
  visit(node, ctx) {
    if (ts.isUnionTypeNode(node)) {
      const problem = unionProblem(ctx.checker.getTypeFromTypeNode(node), ctx.checker);
      if (problem) ctx.report(report.unionType(node, node.getText(), problem));
      return;
    }
    if (ts.isObjectLiteralExpression(node)) {
      const members = ambiguousMembers(node, ctx.checker);
      if (members) ctx.report(report.unionType(node, members, "an object literal that fits several members"));
      return;
    }
    if ((ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node)) && node.type === undefined) {
      const type = declaredTypeOf(node, ctx);
      const problem = type !== undefined ? unionProblem(type, ctx.checker) : undefined;
      if (problem) ctx.report(report.unionType(node.name, ctx.checker.typeToString(type!), problem));
      return;
    }
    if (isValueChoice(node) && !isInConditionPosition(node) && !isReportedByItsDeclaration(node)) {
      const type = ctx.checker.getTypeAtLocation(node);
      const problem = unionProblem(type, ctx.checker);
      if (problem) ctx.report(report.unionType(node, ctx.checker.typeToString(type), problem));
      return;
    }
    if (isFunctionWithInferredReturn(node)) {
      const signature = ctx.checker.getSignatureFromDeclaration(node);
      const returnType = signature?.getReturnType();
      const problem = returnType !== undefined ? unionProblem(returnType, ctx.checker) : undefined;
      if (problem) ctx.report(report.unionType(node.name ?? node, ctx.checker.typeToString(returnType!), problem));
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

/** The union members (as text) an object literal fits when it fits more than one of them. */
function ambiguousMembers(node: ts.ObjectLiteralExpression, checker: ts.TypeChecker): string | undefined {
  const contextual = checker.getContextualType(node);
  if (!contextual?.isUnion()) return undefined;
  const objects = contextual.types.filter((t) => t.flags & ts.TypeFlags.Object);
  if (objects.length < 2) return undefined;
  const literal = checker.getTypeAtLocation(node);
  const fits = objects.filter((t) => checker.isTypeAssignableTo(literal, t));
  return fits.length > 1 ? fits.map((t) => checker.typeToString(t)).join(" | ") : undefined;
}
