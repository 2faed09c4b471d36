// `for (const k in obj)` -> refused: no run-time property names.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noForIn: SubsetRule = {
  code: "TSESP2024",
  name: "noForIn",
  visit(node, ctx) {
    if (ts.isForInStatement(node)) ctx.report(report.forIn(node.getChildAt(0)));
  },
};
