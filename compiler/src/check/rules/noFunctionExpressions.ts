// `const f = function fact(n) {...}` -> TSESP2045. Anonymous function expressions lower like arrows
// (`this` inside them is refused by noThisOutsideClass, `arguments` by noArguments).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noFunctionExpressions: SubsetRule = {
  code: "TSESP2045",
  name: "noFunctionExpressions",
  visit(node, ctx) {
    if (ts.isFunctionExpression(node) && node.name !== undefined) {
      ctx.report(report.functionExpression(node.name, node.name.text));
    }
  },
};
