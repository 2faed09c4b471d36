// Binary operators with JS semantics: `+` on strings concatenates (one tsesp::concat per chain),
// `%` and the integer operators call tsesp helpers (ToInt32/ToUint32), `===` compares values,
// `&&`/`||`/`??` return operand values, assignments write through boxes, slots and fields.
import { isTypedArrayType } from "../library/bytesTypes";
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { cppTypeOf, cppTypeOfNode, isBooleanType, isOptionalType, isStringType, isVariantType, qualifiedDeclName } from "../types";
import { resolveSymbol } from "./Identifier";
import { lowerErrorInstanceOf } from "../library/errors";
import { isRecordExpression } from "../library/record";
import { inOrder } from "../shared/order";
import { lowerAssignment } from "./assignment";
import { lowerExpression, lowerToStringPart, unsupported } from "./index";

const K = ts.SyntaxKind;

const NUMERIC: Partial<Record<ts.SyntaxKind, string>> = {
  [K.MinusToken]: "-", [K.AsteriskToken]: "*", [K.SlashToken]: "/",
  [K.LessThanToken]: "<", [K.GreaterThanToken]: ">", [K.LessThanEqualsToken]: "<=", [K.GreaterThanEqualsToken]: ">=",
};

/** Operators lowered to a tsesp:: function of two numbers. */
export const NUMERIC_HELPERS: Partial<Record<ts.SyntaxKind, string>> = {
  [K.PercentToken]: "tsesp::mod", [K.AmpersandToken]: "tsesp::bitAnd", [K.BarToken]: "tsesp::bitOr",
  [K.CaretToken]: "tsesp::bitXor", [K.LessThanLessThanToken]: "tsesp::shiftLeft",
  [K.GreaterThanGreaterThanToken]: "tsesp::shiftRight", [K.GreaterThanGreaterThanGreaterThanToken]: "tsesp::shiftRightUnsigned",
  [K.AsteriskAsteriskToken]: "tsesp::math::pow",
};

export function lowerBinaryExpression(node: ts.BinaryExpression, ctx: LowerContext): CppExpr {
  const op = node.operatorToken.kind;
  if (op >= K.FirstAssignment && op <= K.LastAssignment) return lowerAssignment(node, ctx);
  if (op === K.PlusToken) return lowerPlus(node, ctx);
  const numeric = NUMERIC[op];
  const operands = [node.left, node.right];
  if (numeric) return inOrder(operands, [lowerExpression(node.left, ctx), lowerExpression(node.right, ctx)], ([l, r]) => b.binary(numeric, l, r));
  const helper = NUMERIC_HELPERS[op];
  if (helper) return inOrder(operands, [lowerExpression(node.left, ctx), lowerExpression(node.right, ctx)], ([l, r]) => b.call(helper, l, r));
  switch (op) {
    case K.EqualsEqualsEqualsToken:
      return lowerStrictEquals(node, ctx);
    case K.ExclamationEqualsEqualsToken:
      return b.unary("!", lowerStrictEquals(node, ctx));
    case K.AmpersandAmpersandToken:
    case K.BarBarToken:
      return lowerLogical(node, ctx);
    case K.QuestionQuestionToken:
      return lowerNullish(node, ctx);
    case K.InstanceOfKeyword: {
      // a instanceof Dog -> tsesp::instanceOf<Dog>(a)
      const builtin = lowerErrorInstanceOf(node, ctx, (e) => lowerExpression(e, ctx)); // e instanceof RangeError (library/errors.ts)
      if (builtin) return builtin;
      const decl = resolveSymbol(node.right, ctx)?.declarations?.[0];
      if (!decl || !ts.isClassDeclaration(decl)) throw unsupported(node, ctx);
      return b.call(`tsesp::instanceOf<${qualifiedDeclName(decl, ctx)}>`, lowerExpression(node.left, ctx));
    }
    case K.InKeyword:
      return lowerIn(node, ctx);
    case K.CommaToken:
      return b.binary(",", lowerExpression(node.left, ctx), lowerExpression(node.right, ctx));
    default:
      throw unsupported(node, ctx);
  }
}

// "a" + x + 1 -> tsesp::concat({tsesp::String("a"), tsesp::toString(x), tsesp::toString(1.0)})
function lowerPlus(node: ts.BinaryExpression, ctx: LowerContext): CppExpr {
  const t = ctx.checker.getTypeAtLocation(node);
  if (!isStringType(t)) {
    return inOrder([node.left, node.right], [lowerExpression(node.left, ctx), lowerExpression(node.right, ctx)], ([l, r]) => b.binary("+", l, r));
  }
  const parts: ts.Expression[] = [];
  const collect = (e: ts.Expression): void => {
    const inner = ts.isParenthesizedExpression(e) ? e : e;
    if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === K.PlusToken && isStringType(ctx.checker.getTypeAtLocation(inner))) {
      collect(inner.left);
      parts.push(inner.right);
    } else {
      parts.push(inner);
    }
  };
  collect(node);
  return b.call("tsesp::concat", b.list(parts.map((p) => lowerToStringPart(p, ctx))));
}

/** `xs[i]` on an array or a typed array (parentheses stripped): its read may be past the end. Also
 * `r[k]` / `r.name` on a Record (a missing key: tsesp::elementOr / isMissingElement in record.h). */
function arrayElement(e: ts.Expression, ctx: LowerContext): { object: ts.Expression; key: () => CppExpr } | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isPropertyAccessExpression(e) && !e.questionDotToken && isRecordExpression(e.expression, ctx)) {
    const name = e.name.text;
    return { object: e.expression, key: () => b.tsString(name) };
  }
  if (!ts.isElementAccessExpression(e)) return undefined;
  const type = ctx.checker.getTypeAtLocation(e.expression);
  const argument = e.argumentExpression;
  return ctx.checker.isArrayType(type) || isTypedArrayType(type) || isRecordExpression(e.expression, ctx)
    ? { object: e.expression, key: () => lowerExpression(argument, ctx) }
    : undefined;
}

function isUndefinedLiteral(e: ts.Expression): boolean {
  return ts.isIdentifier(e) && e.text === "undefined";
}

// a === b -> a == b for same-typed values; x === undefined -> x.isUndefined()
function lowerStrictEquals(node: ts.BinaryExpression, ctx: LowerContext): CppExpr {
  const { left, right } = node;
  if (isUndefinedLiteral(right) || isUndefinedLiteral(left)) {
    const other = isUndefinedLiteral(right) ? left : right;
    if (isUndefinedLiteral(other)) return b.name("true");
    const element = arrayElement(other, ctx);
    if (element) {
      // xs[i] === undefined -> tsesp::isMissingElement(xs, i): true past the end, as JS (a number[]
      // element read there is NaN in C++)
      return b.call("tsesp::isMissingElement", lowerExpression(element.object, ctx), element.key());
    }
    const t = ctx.checker.getTypeAtLocation(other);
    if (t.flags & ts.TypeFlags.Undefined) return b.name("true");
    return isOptionalType(t) ? b.method(lowerExpression(other, ctx), "isUndefined") : b.call("tsesp::isUndefinedValue", lowerExpression(other, ctx));
  }
  if (left.kind === K.NullKeyword || right.kind === K.NullKeyword) {
    // x === null -> x.isNull() on a `T | null` (undefined is not null); never true for other types
    const other = left.kind === K.NullKeyword ? right : left;
    const t = ctx.checker.getTypeAtLocation(other);
    if (other.kind === K.NullKeyword || t.flags & ts.TypeFlags.Null) return b.name("true");
    return isOptionalType(t) ? b.method(lowerExpression(other, ctx), "isNull") : b.call("tsesp::isNullValue", lowerExpression(other, ctx));
  }
  const lt = cppTypeOfNode(left, ctx);
  const rt = cppTypeOfNode(right, ctx);
  if (lt === rt && !lt.startsWith("tsesp::Optional<")) return b.binary("==", lowerExpression(left, ctx), lowerExpression(right, ctx));
  if (rt.startsWith("tsesp::Optional<") && !lt.startsWith("tsesp::Optional<")) {
    return b.call("tsesp::strictEquals", lowerExpression(right, ctx), lowerExpression(left, ctx));
  }
  return b.call("tsesp::strictEquals", lowerExpression(left, ctx), lowerExpression(right, ctx));
}

// a || b -> tsesp::logicalOr(a, [&] { return b; }) (the value of the first truthy operand)
function lowerLogical(node: ts.BinaryExpression, ctx: LowerContext): CppExpr {
  const isAnd = node.operatorToken.kind === K.AmpersandAmpersandToken;
  const t = ctx.checker.getTypeAtLocation(node);
  if (isBooleanType(t) && isBooleanType(ctx.checker.getTypeAtLocation(node.left))) {
    return b.binary(isAnd ? "&&" : "||", lowerExpression(node.left, ctx), lowerExpression(node.right, ctx));
  }
  const resultType = cppTypeOf(t, ctx);
  const thunk = b.lambda(["&"], [], resultType, [b.ret(lowerExpression(node.right, ctx))]);
  if (cppTypeOfNode(node.left, ctx) !== resultType) {
    // name || "anon" (string | undefined -> string): the left converts to the result only on the
    // side JS returns it -> tsesp::logicalOrAs<tsesp::String>(name, [&] { ... }) (variant.h)
    return b.call(isAnd ? `tsesp::logicalAndAs<${resultType}>` : `tsesp::logicalOrAs<${resultType}>`, lowerExpression(node.left, ctx), thunk);
  }
  return b.call(isAnd ? "tsesp::logicalAnd" : "tsesp::logicalOr", b.call(resultType, lowerExpression(node.left, ctx)), thunk);
}

// a ?? b -> tsesp::nullish(a, [&] { return b; })
function lowerNullish(node: ts.BinaryExpression, ctx: LowerContext): CppExpr {
  const leftType = ctx.checker.getTypeAtLocation(node.left);
  const resultType = cppTypeOfNode(node, ctx);
  const element = arrayElement(node.left, ctx);
  if (element && !isOptionalType(leftType)) {
    // xs[i] ?? d -> tsesp::elementOr(xs, i, [&] { return d; }): d when i is past the end, as JS
    const fallback = b.lambda(["&"], [], resultType, [b.ret(lowerExpression(node.right, ctx))]);
    return b.call("tsesp::elementOr", lowerExpression(element.object, ctx), element.key(), fallback);
  }
  if (!isOptionalType(leftType) && !(leftType.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null))) return lowerExpression(node.left, ctx);
  const thunk = b.lambda(["&"], [], resultType, [b.ret(lowerExpression(node.right, ctx))]);
  return b.call("tsesp::nullish", lowerExpression(node.left, ctx), thunk);
}

// "radius" in shape (Circle | Square) -> tsesp::holdsAny<tsesp::Ref<Circle>>(shape): the members that
// declare the property (check/ refuses it where a member declares it optional); on one object type
// the answer is known.
function lowerIn(node: ts.BinaryExpression, ctx: LowerContext): CppExpr {
  // k in r on a Record -> r.has(k) (library/record.ts)
  if (isRecordExpression(node.right, ctx)) return b.method(lowerExpression(node.right, ctx), "has", lowerExpression(node.left, ctx));
  if (!ts.isStringLiteral(node.left)) throw unsupported(node, ctx);
  const key = node.left.text;
  const t = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node.right));
  const members = t.isUnion() ? t.types : [t];
  const holding = members.filter((m) => m.getProperty(key) !== undefined);
  if (!t.isUnion() || !isVariantType(t, ctx)) return b.name(holding.length ? "true" : "false");
  const spellings = [...new Set(holding.map((m) => cppTypeOf(m, ctx)))];
  if (!spellings.length) return b.name("false");
  return b.call(`tsesp::holdsAny<${spellings.join(", ")}>`, lowerExpression(node.right, ctx));
}
