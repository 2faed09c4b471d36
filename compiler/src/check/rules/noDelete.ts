// `delete obj.x` -> refused: objects have a fixed layout.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noDelete: SubsetRule = {
  code: "TSESP2008",
  name: "noDelete",
  visit(node, ctx) {
    if (ts.isDeleteExpression(node)) ctx.report(report.deleteOperator(node));
  },
};
