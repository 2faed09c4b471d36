// `throw`, `try/catch/finally` -> refused until issue 4 lowers them without C++ exceptions.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noExceptions: SubsetRule = {
  code: "TSESP2022",
  name: "noExceptions",
  visit(node, ctx) {
    if (ts.isThrowStatement(node)) ctx.report(report.exceptions(node, "throw"));
    else if (ts.isTryStatement(node)) ctx.report(report.exceptions(node.getChildAt(0), "try"));
  },
};
