// `for (const ch of "abc")` and for...of over anything but an array -> TSESP2000 (strings iterate by
// code point in JS; ts-esp compiles array iteration only).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noForOfNonArray: SubsetRule = {
  code: "TSESP2000",
  name: "noForOfNonArray",
  visit(node, ctx) {
    if (!ts.isForOfStatement(node) || node.awaitModifier !== undefined) return;
    const type = ctx.checker.getTypeAtLocation(node.expression);
    if (ctx.checker.isArrayType(type)) return;
    const name = ctx.checker.typeToString(ctx.checker.getBaseTypeOfLiteralType(type));
    const hint = (type.flags & ts.TypeFlags.StringLike) !== 0
      ? "loop over the indexes: `for (let i = 0; i < s.length; i++) { const ch = s.charAt(i); }`"
      : "iterate over an array";
    ctx.report(report.unsupportedSyntax(node.expression, `'for...of' over '${name}'`, hint));
  },
};
