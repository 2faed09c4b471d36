// Unary operators: -x, +x (ToNumber of a string: tsesp::stringToNumber), !x (JS truthiness),
// ~x (tsesp::bitNot), ++/-- on variables, fields and array slots.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { isStringType } from "../types";
import { lowerAccessorUpdate } from "./accessors";
import { lowerTarget } from "./assignment";
import { lowerCondition, lowerExpression, unsupported } from "./index";

const K = ts.SyntaxKind;

export function lowerPrefixUnaryExpression(node: ts.PrefixUnaryExpression, ctx: LowerContext): CppExpr {
  switch (node.operator) {
    case K.MinusToken:
      if (ts.isNumericLiteral(node.operand)) return b.numberLiteral(-Number(node.operand.text));
      return b.unary("-", lowerExpression(node.operand, ctx));
    case K.PlusToken:
      // +s -> tsesp::stringToNumber(s)
      if (isStringType(ctx.checker.getTypeAtLocation(node.operand))) return b.call("tsesp::stringToNumber", lowerExpression(node.operand, ctx));
      return lowerExpression(node.operand, ctx);
    case K.ExclamationToken:
      return b.unary("!", lowerCondition(node.operand, ctx));
    case K.TildeToken:
      return b.call("tsesp::bitNot", lowerExpression(node.operand, ctx));
    case K.PlusPlusToken:
      return lowerAccessorUpdate(node, ctx) ?? b.unary("++", lowerTarget(node.operand, ctx));
    case K.MinusMinusToken:
      return lowerAccessorUpdate(node, ctx) ?? b.unary("--", lowerTarget(node.operand, ctx));
    default:
      throw unsupported(node, ctx);
  }
}

export function lowerPostfixUnaryExpression(node: ts.PostfixUnaryExpression, ctx: LowerContext): CppExpr {
  const op = node.operator === K.PlusPlusToken ? "++" : "--";
  return lowerAccessorUpdate(node, ctx) ?? b.postfix(op, lowerTarget(node.operand, ctx));
}
