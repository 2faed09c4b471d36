// for...of over anything but an array or a string (by code point, as JS) -> TSESP2000.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noForOfNonArray: SubsetRule = {
  code: "TSESP2000",
  name: "noForOfNonArray",
  visit(node, ctx) {
    if (!ts.isForOfStatement(node) || node.awaitModifier !== undefined) return;
    const type = ctx.checker.getTypeAtLocation(node.expression);
    if (ctx.checker.isArrayType(type) || (type.flags & ts.TypeFlags.StringLike) !== 0) return;
    const name = ctx.checker.typeToString(type);
    ctx.report(report.unsupportedSyntax(node.expression, `'for...of' over '${name}'`, "iterate over an array"));
  },
};
