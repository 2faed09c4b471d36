// Labels on loops (`outer: for (...) { break outer; }`) are compiled; a label on a block, `if` or
// other statement -> refused.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noLabels: SubsetRule = {
  code: "TSESP2023",
  name: "noLabels",
  visit(node, ctx) {
    if (ts.isLabeledStatement(node) && !ts.isIterationStatement(node.statement, false)) ctx.report(report.labeledStatement(node.label));
  },
};
