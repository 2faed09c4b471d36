// for...of over anything but an array, a typed array, a string (by code point, as JS), a Map or Set (or their
// keys()/values()/entries(), or an array's) -> TSESP2000; entries must be destructured as `[key, value]`.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";
import { isRecordObjectCall } from "./shared/record";
import { isTypedArray } from "./shared/bytes";

export const noForOfNonArray: SubsetRule = {
  code: "TSESP2000",
  name: "noForOfNonArray",
  visit(node, ctx) {
    if (!ts.isForOfStatement(node) || node.awaitModifier !== undefined) return;
    const type = ctx.checker.getTypeAtLocation(node.expression);
    if (ctx.checker.isArrayType(type) || (type.flags & ts.TypeFlags.StringLike) !== 0 || isTypedArray(type, ctx)) return;
    const walk = collectionWalk(node.expression, ctx);
    if (walk === "elements") return;
    if (walk === "entries") {
      const decl = ts.isVariableDeclarationList(node.initializer) ? node.initializer.declarations[0] : undefined;
      const pattern = decl?.name;
      if (pattern && ts.isArrayBindingPattern(pattern) && pattern.elements.length <= 2 &&
          pattern.elements.every((e) => ts.isOmittedExpression(e) || (!e.dotDotDotToken && !e.initializer))) return;
      ctx.report(report.unsupportedSyntax(node.initializer, "an entry not destructured as '[key, value]'", "write `for (const [key, value] of map)` or `for (const [i, x] of xs.entries())`"));
      return;
    }
    const name = ctx.checker.typeToString(type);
    ctx.report(report.unsupportedSyntax(node.expression, `'for...of' over '${name}'`, "iterate over an array"));
  },
};

/** What for...of walks when it iterates a Map or Set: whole entries, or single elements. */
export function collectionWalk(expr: ts.Expression, ctx: RuleContext): "entries" | "elements" | undefined {
  const kindOf = (e: ts.Expression): string | undefined => {
    const symbol = ctx.checker.getTypeAtLocation(e).getSymbol();
    const name = symbol?.getName();
    return (name === "Map" || name === "Set") && symbol?.declarations?.every((d) => ctx.isEsLibDeclaration(d)) ? name : undefined;
  };
  // for (const [k, v] of Object.entries(r)) on a Record (shared/record.ts)
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === "entries" && isRecordObjectCall(expr.expression, ctx)) return "entries";
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.arguments.length === 0) {
    const method = expr.expression.name.text;
    if (ctx.checker.isArrayType(ctx.checker.getTypeAtLocation(expr.expression.expression))) {
      if (method === "entries") return "entries";
      if (method === "keys" || method === "values") return "elements";
    }
    const kind = kindOf(expr.expression.expression);
    if (kind === "Map" && method === "entries") return "entries";
    if (kind && (method === "keys" || method === "values")) return "elements";
  }
  const kind = kindOf(expr);
  return kind === "Map" ? "entries" : kind === "Set" ? "elements" : undefined;
}
