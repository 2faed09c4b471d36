// `null` -> refused until unions with null (issue 4); use undefined.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noNull: SubsetRule = {
  code: "TSESP2044",
  name: "noNull",
  visit(node, ctx) {
    if (node.kind === ts.SyntaxKind.NullKeyword) ctx.report(report.nullValue(node));
  },
};
