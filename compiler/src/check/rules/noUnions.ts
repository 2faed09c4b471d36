// `let x: number | string`, `function f(): A | B`, `const v = c ? 1 : "a"` -> TSESP2017.
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
    if (isFunctionWithInferredReturn(node)) {
      const signature = ctx.checker.getSignatureFromDeclaration(node);
      const returnType = signature?.getReturnType();
      if (returnType !== undefined && isUnsupportedUnion(returnType, ctx.checker)) {
        ctx.report(report.unionType(node.name ?? node, ctx.checker.typeToString(returnType)));
      }
    }
  },
};

function isFunctionWithInferredReturn(node: ts.Node): node is ts.SignatureDeclaration & { name?: ts.Node } {
  if (!(ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node))) return false;
  return node.type === undefined && node.body !== undefined;
}

/** `T | undefined` with one other member. */
function isOptionalValueType(node: ts.UnionTypeNode): boolean {
  const undefinedMembers = node.types.filter((t) => t.kind === ts.SyntaxKind.UndefinedKeyword);
  return node.types.length === 2 && undefinedMembers.length === 1;
}
