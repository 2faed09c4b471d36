// `xs[i] ?? d` where d is not of xs's element type -> TSESP2057. TypeScript types `xs[i]` as the
// element type (it does not know a read past the end is undefined), so it types the whole
// expression as that element type too; JS returns d past the end, a value the C++ variable of
// TS's type cannot hold. A fallback of the element type (`xs[i] ?? 0`) is compiled
// (lower/expressions/BinaryExpression.ts, tsesp::elementOr), as is one on `(T | undefined)[]`.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noNullishElementFallback: SubsetRule = {
  code: "TSESP2057",
  name: "noNullishElementFallback",
  visit(node, ctx) {
    if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken) return;
    let left: ts.Expression = node.left;
    while (ts.isParenthesizedExpression(left)) left = left.expression;
    if (!ts.isElementAccessExpression(left)) return;
    const elementType = ctx.checker.getTypeAtLocation(left);
    if (elementType.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Undefined | ts.TypeFlags.Null)) return;
    if (elementType.isUnion() && elementType.types.some((t) => t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null))) return;
    const fallbackType = ctx.checker.getTypeAtLocation(node.right);
    if (ctx.checker.isTypeAssignableTo(fallbackType, elementType)) return;
    const element = ctx.checker.typeToString(ctx.checker.getBaseTypeOfLiteralType(elementType));
    const fallback = ctx.checker.typeToString(ctx.checker.getBaseTypeOfLiteralType(fallbackType));
    ctx.report(report.nullishElementFallback(node.right, element, fallback));
  },
};
