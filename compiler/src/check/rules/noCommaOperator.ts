// `a = 1, b = 2` -> refused (also in `for` headers).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noCommaOperator: SubsetRule = {
  code: "TSESP2036",
  name: "noCommaOperator",
  visit(node, ctx) {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.CommaToken) {
      ctx.report(report.commaOperator(node.operatorToken));
    }
  },
};
