// `outer: for (...) { break outer; }` -> refused.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noLabels: SubsetRule = {
  code: "TSESP2023",
  name: "noLabels",
  visit(node, ctx) {
    if (ts.isLabeledStatement(node)) ctx.report(report.labeledStatement(node.label));
  },
};
