// `f(...xs)`, `[...xs]`, `{...o}`, `function f(...xs)` -> refused.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noSpreadRest: SubsetRule = {
  code: "TSESP2021",
  name: "noSpreadRest",
  visit(node, ctx) {
    if (ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) {
      ctx.report(report.spreadRest(node, "spread '...'"));
    } else if (ts.isParameter(node) && node.dotDotDotToken !== undefined) {
      ctx.report(report.spreadRest(node, "a rest parameter"));
    }
  },
};
