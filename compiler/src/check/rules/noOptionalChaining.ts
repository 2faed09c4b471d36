// `a?.b`, `a?.()`, `a?.[i]` -> refused until issue 4.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noOptionalChaining: SubsetRule = {
  code: "TSESP2039",
  name: "noOptionalChaining",
  visit(node, ctx) {
    if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) &&
      node.questionDotToken !== undefined) {
      ctx.report(report.optionalChaining(node.questionDotToken));
    }
  },
};
