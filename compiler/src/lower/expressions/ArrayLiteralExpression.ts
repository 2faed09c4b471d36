// [1, 2, 3] -> tsesp::Array<double>{1.0, 2.0, 3.0}; [] -> tsesp::Array<T>() with T from the context
// (or, for `xs ?? []` / `ok ? [] : ys` / `[xs, []]`, from the enclosing expression's type);
// with spread: [0, ...xs, 9] -> tsesp::Array<double>().concat(0.0, xs, 9.0) (concat spreads arguments
// of the array's own type and appends elements; operands in JS order).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { inOrder } from "../shared/order";
import { cppTypeOf } from "../types";
import { lowerExpression, unsupported } from "./index";

export function lowerArrayLiteralExpression(node: ts.ArrayLiteralExpression, ctx: LowerContext): CppExpr {
  const contextual = ctx.checker.getContextualType(node);
  const own = ctx.checker.getTypeAtLocation(node);
  const type = contextual && ctx.checker.isArrayType(contextual) ? contextual : own;
  let spelling = cppTypeOf(type, ctx);
  if (spelling === "tsesp::Array<tsesp::Never>") spelling = enclosingArraySpelling(node, ctx) ?? spelling;
  if (!spelling.startsWith("tsesp::Array<")) throw unsupported(node, ctx);
  if (node.elements.length === 0) return b.call(spelling);
  if (node.elements.some(ts.isSpreadElement)) return lowerArrayParts(node.elements, spelling, ctx);
  return b.braced(spelling, node.elements.map((e) => lowerExpression(e, ctx)));
}

/** Elements and `...spread` parts -> a new tsesp::Array of the given spelling. */
export function lowerArrayParts(parts: readonly ts.Expression[], spelling: string, ctx: LowerContext): CppExpr {
  if (parts.length === 0) return b.call(spelling);
  if (!parts.some(ts.isSpreadElement)) return b.braced(spelling, parts.map((e) => lowerExpression(e, ctx)));
  // `...[]` adds nothing (and its type, never[], has no C++ spelling)
  const isEmptyLiteral = (p: ts.Expression): boolean => ts.isSpreadElement(p) && ts.isArrayLiteralExpression(p.expression) && p.expression.elements.length === 0;
  const sources = parts.filter((p) => !isEmptyLiteral(p)).map((p) => (ts.isSpreadElement(p) ? p.expression : p));
  if (sources.length === 0) return b.call(spelling);
  return inOrder(sources, sources.map((p) => lowerExpression(p, ctx)), (values) => b.method(b.call(spelling), "concat", ...values));
}

/** `xs ?? []`, `ok ? [] : [1]`: TS types the bare `[]` never[]; the whole expression's array type
 * is the one the value is used as. undefined when there is none. */
function enclosingArraySpelling(node: ts.Expression, ctx: LowerContext): string | undefined {
  let child: ts.Node = node;
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent)) [child, parent] = [parent, parent.parent];
  const operand =
    (ts.isConditionalExpression(parent) && parent.condition !== child) ||
    (ts.isBinaryExpression(parent) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(parent.operatorToken.kind));
  if (ts.isArrayLiteralExpression(parent)) {
    // `[rows, []]`: the element type of the enclosing literal (`string[][]` -> `string[]`)
    const outer = ctx.checker.getTypeAtLocation(parent);
    if (!ctx.checker.isArrayType(outer)) return undefined;
    return arraySpelling(ctx.checker.getTypeArguments(outer as ts.TypeReference)[0], ctx);
  }
  if (!operand) return undefined;
  return arraySpelling(ctx.checker.getTypeAtLocation(parent), ctx);
}

function arraySpelling(type: ts.Type, ctx: LowerContext): string | undefined {
  const whole = ctx.checker.getNonNullableType(type);
  if (!ctx.checker.isArrayType(whole)) return undefined;
  const spelling = cppTypeOf(whole, ctx);
  return spelling.startsWith("tsesp::Array<") && spelling !== "tsesp::Array<tsesp::Never>" ? spelling : undefined;
}
