// Enums compile to a struct of constants: numeric members to `double`, string members to
// `tsesp::String` (lower/classes.ts). TSESP2041 refuses members whose value is not a constant
// (`A = f()`) and enums that mix numbers and strings (their values would need two C++ types).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noNonNumericEnums: SubsetRule = {
  code: "TSESP2041",
  name: "noNonNumericEnums",
  visit(node, ctx) {
    if (!ts.isEnumMember(node)) return;
    const value = ctx.checker.getConstantValue(node);
    if (value === undefined) return ctx.report(report.enumMember(node, node.name.getText()));
    const kinds = new Set(node.parent.members.map((m) => typeof ctx.checker.getConstantValue(m)));
    if (kinds.size > 1 && typeof value === "string") ctx.report(report.enumMember(node, node.name.getText()));
  },
};
