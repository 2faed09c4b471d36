// `x: any` -> TSESP2001 at the keyword; `x: unknown` -> TSESP2003; `let x;` or any other declaration
// whose inferred type contains `any` -> TSESP2002 at its name.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { declaredTypeOf } from "./shared/types";

export const noAny: SubsetRule = {
  code: "TSESP2001",
  name: "noAny",
  visit(node, ctx) {
    if (node.kind === ts.SyntaxKind.AnyKeyword) ctx.report(report.anyType(node));
    else if (node.kind === ts.SyntaxKind.UnknownKeyword && !isCatchVariableType(node)) ctx.report(report.unknownType(node));
    else if (ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isParameter(node)) {
      if (node.type !== undefined || !ts.isIdentifier(node.name)) return;
      const type = declaredTypeOf(node, ctx);
      if (type !== undefined && containsAny(type, ctx.checker, 0)) ctx.report(report.implicitAny(node.name, node.name.text));
    }
  },
};

/** `catch (e: unknown)`: the caught value, always an Error object in an accepted program (noExceptions). */
function isCatchVariableType(node: ts.Node): boolean {
  return ts.isVariableDeclaration(node.parent) && ts.isCatchClause(node.parent.parent) && node.parent.type === node;
}

/** True for `any` itself or arrays/functions built from it (depth-limited against recursive types). */
function containsAny(type: ts.Type, checker: ts.TypeChecker, depth: number): boolean {
  if (depth > 4) return false;
  if ((type.flags & ts.TypeFlags.Any) !== 0) return true;
  if (type.isUnion()) return type.types.some((t) => containsAny(t, checker, depth + 1));
  if (checker.isArrayType(type)) {
    return checker.getTypeArguments(type as ts.TypeReference).some((t) => containsAny(t, checker, depth + 1));
  }
  for (const signature of type.getCallSignatures()) {
    if (containsAny(signature.getReturnType(), checker, depth + 1)) return true;
  }
  return false;
}
