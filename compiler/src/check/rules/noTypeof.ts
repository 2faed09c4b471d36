// `typeof x === "number"` -> refused until union narrowing (issue 4); `typeof` in types is refused as a type feature.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noTypeof: SubsetRule = {
  code: "TSESP2038",
  name: "noTypeof",
  visit(node, ctx) {
    if (ts.isTypeOfExpression(node)) ctx.report(report.typeofOperator(node));
  },
};
