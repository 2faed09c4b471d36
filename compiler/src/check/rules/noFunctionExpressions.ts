// `const f = function () {}` -> refused; arrow functions and declarations are compiled.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noFunctionExpressions: SubsetRule = {
  code: "TSESP2045",
  name: "noFunctionExpressions",
  visit(node, ctx) {
    if (ts.isFunctionExpression(node)) ctx.report(report.functionExpression(node.getChildAt(0)));
  },
};
