// `interface I { x?: number }`, `class C { x?: number }` -> refused until issue 4.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noOptionalProperties: SubsetRule = {
  code: "TSESP2048",
  name: "noOptionalProperties",
  visit(node, ctx) {
    if ((ts.isPropertySignature(node) || ts.isPropertyDeclaration(node) || ts.isMethodSignature(node) ||
      ts.isMethodDeclaration(node)) && node.questionToken !== undefined) {
      ctx.report(report.optionalProperty(node.questionToken));
    }
  },
};
