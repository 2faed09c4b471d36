// c ? a : b -> cond ? T(a) : T(b), both arms converted to the expression's C++ type when they differ
// (e.g. two subclasses of the result's class).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { cppTypeOfNode } from "../types";
import { lowerCondition, lowerExpression } from "./index";

export function lowerConditionalExpression(node: ts.ConditionalExpression, ctx: LowerContext): CppExpr {
  const type = cppTypeOfNode(node, ctx);
  const arm = (e: ts.Expression): CppExpr => {
    const value = lowerExpression(e, ctx);
    return cppTypeOfNode(e, ctx) === type ? value : b.call(type, value);
  };
  return b.conditional(lowerCondition(node.condition, ctx), arm(node.whenTrue), arm(node.whenFalse));
}
