// `enum Color { Red = "red" }`, `enum E { A = f() }` -> TSESP2041: only numeric constant members.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noNonNumericEnums: SubsetRule = {
  code: "TSESP2041",
  name: "noNonNumericEnums",
  visit(node, ctx) {
    if (!ts.isEnumMember(node)) return;
    if (typeof ctx.checker.getConstantValue(node) !== "number") ctx.report(report.enumMember(node, node.name.getText()));
  },
};
