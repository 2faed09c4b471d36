// `void f()` -> refused.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noVoidOperator: SubsetRule = {
  code: "TSESP2037",
  name: "noVoidOperator",
  visit(node, ctx) {
    if (ts.isVoidExpression(node)) ctx.report(report.voidOperator(node));
  },
};
