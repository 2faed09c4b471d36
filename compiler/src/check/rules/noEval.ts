// `eval("...")` -> refused: there is no interpreter on the device.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { isGlobalReference } from "./shared/nodes";

export const noEval: SubsetRule = {
  code: "TSESP2004",
  name: "noEval",
  visit(node, ctx) {
    if (ts.isIdentifier(node) && node.text === "eval" && isGlobalReference(node, ctx)) ctx.report(report.evalCall(node));
  },
};
