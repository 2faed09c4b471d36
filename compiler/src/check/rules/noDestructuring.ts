// `const {a} = o`, `const [x, y] = arr`, `[a, b] = [b, a]` -> refused.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noDestructuring: SubsetRule = {
  code: "TSESP2020",
  name: "noDestructuring",
  visit(node, ctx) {
    if (ts.isObjectBindingPattern(node) || ts.isArrayBindingPattern(node)) {
      ctx.report(report.destructuring(node));
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      (ts.isArrayLiteralExpression(node.left) || ts.isObjectLiteralExpression(node.left))) {
      ctx.report(report.destructuring(node.left));
    }
  },
};
