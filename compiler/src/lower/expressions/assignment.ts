// Assignments: `x = v` (boxed: `*x = v`), `o.f = v` (`o->f = v`), `a[i] = v` (`a.slot(i) = v`, which
// grows the array), and compound forms; `%=` and the integer compound operators become `x = helper(x, v)`,
// `s += v` on strings appends v's string form; `a ||= b`, `a &&= b`, `a ??= b` ->
// tsesp::assignOr(a, [&] { return b; }) (the target evaluated once, b only when JS evaluates it).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { cppTypeOf, cppTypeOfNode, isOptionalType, isStringType } from "../types";
import { isRecordExpression, lowerRecordProperty } from "../library/record";
import { lowerAccessorUpdate } from "./accessors";
import { NUMERIC_HELPERS } from "./BinaryExpression";
import { lowerDestructuringAssignment } from "./destructuringAssignment";
import { lowerExpression, lowerToStringPart, unsupported } from "./index";

const K = ts.SyntaxKind;

const DIRECT: Partial<Record<ts.SyntaxKind, string>> = {
  [K.EqualsToken]: "=", [K.PlusEqualsToken]: "+=", [K.MinusEqualsToken]: "-=", [K.AsteriskEqualsToken]: "*=", [K.SlashEqualsToken]: "/=",
};

const COMPOUND_TO_BINARY: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [K.PercentEqualsToken]: K.PercentToken, [K.AmpersandEqualsToken]: K.AmpersandToken, [K.BarEqualsToken]: K.BarToken,
  [K.CaretEqualsToken]: K.CaretToken, [K.LessThanLessThanEqualsToken]: K.LessThanLessThanToken,
  [K.GreaterThanGreaterThanEqualsToken]: K.GreaterThanGreaterThanToken,
  [K.GreaterThanGreaterThanGreaterThanEqualsToken]: K.GreaterThanGreaterThanGreaterThanToken,
  [K.AsteriskAsteriskEqualsToken]: K.AsteriskAsteriskToken,
};

const LOGICAL: Partial<Record<ts.SyntaxKind, string>> = {
  [K.BarBarEqualsToken]: "tsesp::assignOr", [K.AmpersandAmpersandEqualsToken]: "tsesp::assignAnd",
  [K.QuestionQuestionEqualsToken]: "tsesp::assignNullish",
};

/** The assignable C++ expression for a TS assignment target. */
export function lowerTarget(node: ts.Expression, ctx: LowerContext): CppExpr {
  if (ts.isParenthesizedExpression(node)) return lowerTarget(node.expression, ctx);
  if (ts.isElementAccessExpression(node)) {
    // a[i] as a target -> a.slot(i)
    return b.method(lowerExpression(node.expression, ctx), "slot", lowerExpression(node.argumentExpression, ctx));
  }
  if (ts.isPropertyAccessExpression(node) && isRecordExpression(node.expression, ctx)) {
    return lowerRecordProperty(lowerExpression(node.expression, ctx), node.name.text, true); // r.temp = v -> r.slot("temp") = v
  }
  return lowerExpression(node, ctx);
}

export function lowerAssignment(node: ts.BinaryExpression, ctx: LowerContext): CppExpr {
  const op = node.operatorToken.kind;
  if (ts.isArrayLiteralExpression(node.left) || ts.isObjectLiteralExpression(node.left)) return lowerDestructuringAssignment(node, ctx);
  const setter = lowerAccessorUpdate(node, ctx); // o.x = v on a setter -> o->set_x(v) (accessors.ts)
  if (setter) return setter;
  const target = lowerTarget(node.left, ctx);
  if (op === K.PlusEqualsToken && isStringType(ctx.checker.getTypeAtLocation(node.left))) {
    return b.assign(target, lowerToStringPart(node.right, ctx), "+=");
  }
  const logical = LOGICAL[op];
  if (logical) return lowerLogicalAssignment(node, logical, target, ctx);
  const direct = DIRECT[op];
  if (direct) return b.assign(target, lowerExpression(node.right, ctx), direct);
  const binary = COMPOUND_TO_BINARY[op];
  const helper = binary !== undefined ? NUMERIC_HELPERS[binary] : undefined;
  if (helper) return b.assign(target, b.call(helper, target, lowerExpression(node.right, ctx)));
  throw unsupported(node, ctx);
}

function lowerLogicalAssignment(node: ts.BinaryExpression, helper: string, target: CppExpr, ctx: LowerContext): CppExpr {
  const leftType = ctx.checker.getTypeAtLocation(node.left);
  const targetType = cppTypeOf(leftType, ctx);
  if (helper === "tsesp::assignNullish" && !isOptionalType(leftType)) {
    // `x ??= v` where x can never be undefined: JS never evaluates v
    return target;
  }
  const valueType = helper === "tsesp::assignNullish" ? cppTypeOfNode(node.right, ctx) : targetType;
  const thunk = b.lambda(["&"], [], valueType, [b.ret(lowerExpression(node.right, ctx))]);
  const call = b.call(helper, target, thunk);
  // the expression's own type may be narrower (`n ??= 3` is a number): read the value out
  const resultType = cppTypeOfNode(node, ctx);
  return resultType !== targetType && targetType === `tsesp::Optional<${resultType}>` && !ts.isExpressionStatement(node.parent)
    ? b.method(call, "value")
    : call;
}
