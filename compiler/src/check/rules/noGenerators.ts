// `function* f() { yield 1; }` -> refused.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noGenerators: SubsetRule = {
  code: "TSESP2012",
  name: "noGenerators",
  visit(node, ctx) {
    if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) && node.asteriskToken) {
      ctx.report(report.generator(node.asteriskToken));
    } else if (ts.isYieldExpression(node)) {
      ctx.report(report.generator(node));
    }
  },
};
