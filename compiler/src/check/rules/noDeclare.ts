// `declare const x: number`, `declare module "m"` -> refused in sketch files.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noDeclare: SubsetRule = {
  code: "TSESP2032",
  name: "noDeclare",
  visit(node, ctx) {
    if (ts.canHaveModifiers(node) && !node.getSourceFile().isDeclarationFile) {
      const declare = ts.getModifiers(node)?.find((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
      if (declare !== undefined) ctx.report(report.ambientDeclaration(declare));
    }
  },
};
