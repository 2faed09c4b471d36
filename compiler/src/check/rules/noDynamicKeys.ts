// `obj[key]`, `obj["name"]` on anything but an array, a string or a typed array (number index) -> TSESP2010; `{ [k]: v }` and
// `class C { [k] = 1 }` (computed property names) -> TSESP2051.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { isTypedArray } from "./shared/bytes";
import { isRecordType } from "./shared/record";

export const noDynamicKeys: SubsetRule = {
  code: "TSESP2010",
  name: "noDynamicKeys",
  visit(node, ctx) {
    if (ts.isComputedPropertyName(node)) {
      ctx.report(report.computedPropertyName(node));
      return;
    }
    if (!ts.isElementAccessExpression(node)) return;
    const prototypeKey = ts.isStringLiteral(node.argumentExpression) &&
      ["prototype", "__proto__", "constructor"].includes(node.argumentExpression.text);
    if (prototypeKey) return; // noPrototype reports it
    const seen = ctx.checker.getTypeAtLocation(node.expression);
    const type = node.questionDotToken ? ctx.checker.getNonNullableType(seen) : seen; // xs?.[0]
    if (ctx.checker.isArrayType(type) || (type.flags & ts.TypeFlags.StringLike) !== 0) return;
    if (isRecordType(type, ctx)) return; // r[k] on a Record<string, V> (shared/record.ts)
    // u8[i] with a numeric index (typed arrays, lower/library/bytes.ts)
    if (isTypedArray(type, ctx) && ctx.checker.getTypeAtLocation(node.argumentExpression).flags & ts.TypeFlags.NumberLike) return;
    const typeName = ctx.checker.typeToString(ctx.checker.getBaseTypeOfLiteralType(type));
    if (ts.isStringLiteral(node.argumentExpression)) {
      ctx.report(report.dynamicPropertyKey(node, typeName, `; here: \`.${node.argumentExpression.text}\``));
    } else {
      ctx.report(report.dynamicPropertyKey(node, typeName));
    }
  },
};
