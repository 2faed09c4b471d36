// `/ab+c/` -> refused: no regex engine in the runtime.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noRegex: SubsetRule = {
  code: "TSESP2025",
  name: "noRegex",
  visit(node, ctx) {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) ctx.report(report.regexLiteral(node));
  },
};
