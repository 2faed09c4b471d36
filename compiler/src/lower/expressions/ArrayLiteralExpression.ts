// [1, 2, 3] -> tsesp::Array<double>{1.0, 2.0, 3.0}; [] -> tsesp::Array<T>() with T from the context.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { cppTypeOf } from "../types";
import { lowerExpression, unsupported } from "./index";

export function lowerArrayLiteralExpression(node: ts.ArrayLiteralExpression, ctx: LowerContext): CppExpr {
  const contextual = ctx.checker.getContextualType(node);
  const own = ctx.checker.getTypeAtLocation(node);
  const type = contextual && ctx.checker.isArrayType(contextual) ? contextual : own;
  const spelling = cppTypeOf(type, ctx);
  if (!spelling.startsWith("tsesp::Array<")) throw unsupported(node, ctx);
  if (node.elements.length === 0) return b.call(spelling);
  return b.braced(spelling, node.elements.map((e) => lowerExpression(e, ctx)));
}
