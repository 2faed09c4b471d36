// c ? a : b -> cond ? T(a) : T(b), both arms converted to the expression's C++ type when they differ
// (e.g. two subclasses of the result's class).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { cppTypeOf, cppTypeOfNode } from "../types";
import { lowerCondition, lowerExpression } from "./index";

export function lowerConditionalExpression(node: ts.ConditionalExpression, ctx: LowerContext): CppExpr {
  const type = cppTypeOfChoice(node, ctx);
  const arm = (e: ts.Expression): CppExpr => {
    const value = lowerExpression(e, ctx);
    // an object literal arm (`ok ? { kind: "ping" } : null`) has no C++ type of its own: it becomes the struct its context picks
    if (ts.isObjectLiteralExpression(e)) return b.call(type, value);
    return cppTypeOfNode(e, ctx) === type ? value : b.call(type, value);
  };
  return b.conditional(lowerCondition(node.condition, ctx), arm(node.whenTrue), arm(node.whenFalse));
}

/** `ok ? { kind: "ping", seq } : null` has the literal's own object type in TS: the C++ type is the
 * contextual one (`Frame | null`), which the literal's struct converts to. */
function cppTypeOfChoice(node: ts.ConditionalExpression, ctx: LowerContext): string {
  const armIsLiteral = [node.whenTrue, node.whenFalse].some((e) => ts.isObjectLiteralExpression(ts.skipPartiallyEmittedExpressions(e)));
  const contextual = armIsLiteral ? ctx.checker.getContextualType(node) : undefined;
  return contextual ? cppTypeOf(contextual, ctx) : cppTypeOfNode(node, ctx);
}
