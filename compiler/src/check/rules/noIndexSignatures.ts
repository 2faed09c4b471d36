// `class C { [k: string]: number }`, `interface I { [k: string]: T }` -> refused.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noIndexSignatures: SubsetRule = {
  code: "TSESP2034",
  name: "noIndexSignatures",
  visit(node, ctx) {
    if (ts.isIndexSignatureDeclaration(node)) ctx.report(report.indexSignature(node));
  },
};
