// [1, 2, 3] -> tsesp::Array<double>{1.0, 2.0, 3.0}; [] -> tsesp::Array<T>() with T from the context;
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
  const spelling = cppTypeOf(type, ctx);
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
