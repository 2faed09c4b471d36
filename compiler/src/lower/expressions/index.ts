// Expression lowering: one visitor per ts.SyntaxKind (files named after the kind), dispatched here.
// lowerExpression gives the value; lowerCondition gives a C++ bool with JS truthiness.
import { lowerJsonParseAs } from "../library/json";
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import { InternalCompilerError } from "../../diagnostics/types";
import type { LowerContext } from "../context";
import { isBooleanType, isStringType, qualifiedDeclName } from "../types";
import { lowerArrayLiteralExpression } from "./ArrayLiteralExpression";
import { lowerArrowFunction } from "./ArrowFunction";
import { lowerBinaryExpression } from "./BinaryExpression";
import { lowerCallExpression } from "./CallExpression";
import { lowerConditionalExpression } from "./ConditionalExpression";
import { lowerElementAccessExpression } from "./ElementAccessExpression";
import { lowerIdentifier } from "./Identifier";
import { lowerNewExpression } from "./NewExpression";
import { lowerObjectLiteralExpression } from "./ObjectLiteralExpression";
import { lowerPostfixUnaryExpression, lowerPrefixUnaryExpression } from "./PrefixUnaryExpression";
import { lowerPropertyAccessExpression } from "./PropertyAccessExpression";
import { lowerTemplateExpression } from "./TemplateExpression";
import { guardCall } from "../shared/unwind";
import { lowerOptionalChain, pendingOptionalLink } from "./optionalChain";
import { lowerFixedWidthRead } from "../shared/fixedWidth";

export function lowerExpression(node: ts.Expression, ctx: LowerContext): CppExpr {
  const substitute = ctx.substitutions?.get(node); // the base of a?.b, a union member (optionalChain.ts)
  if (substitute) return b.name(substitute);
  const optionalLink = pendingOptionalLink(node, ctx);
  if (optionalLink) return lowerOptionalChain(node, optionalLink, ctx);
  switch (node.kind) {
    case ts.SyntaxKind.NullKeyword:
      return b.name("tsesp::null");
    case ts.SyntaxKind.TypeOfExpression:
      // typeof x -> tsesp::typeOf(x) ("number", "string", "object" for null, ...: variant.h)
      return b.call("tsesp::typeOf", lowerExpression((node as ts.TypeOfExpression).expression, ctx));
    case ts.SyntaxKind.NumericLiteral:
      // 1 -> 1.0 (a double literal, so 1 / 2 stays 0.5)
      return b.numberLiteral(Number((node as ts.NumericLiteral).text));
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      // "hi" -> tsesp::String("hi")
      return b.tsString((node as ts.StringLiteral).text);
    case ts.SyntaxKind.TrueKeyword:
      return b.name("true");
    case ts.SyntaxKind.FalseKeyword:
      return b.name("false");
    case ts.SyntaxKind.ThisKeyword:
      return lowerThis(node, ctx);
    case ts.SyntaxKind.Identifier:
      return lowerFixedWidthRead(node, lowerIdentifier(node as ts.Identifier, ctx), ctx);
    case ts.SyntaxKind.ParenthesizedExpression:
      return lowerExpression((node as ts.ParenthesizedExpression).expression, ctx);
    case ts.SyntaxKind.AsExpression:
      // [2, 4, 5] as const -> the literal itself
      if (ts.isConstTypeReference((node as ts.AsExpression).type)) return lowerExpression((node as ts.AsExpression).expression, ctx);
      // (e as Error) on a caught value -> e (both tsesp::Ref<tsesp::Error>; check/ accepts only that)
      if (ctx.checker.getTypeAtLocation((node as ts.AsExpression).expression).flags & ts.TypeFlags.Unknown) return lowerExpression((node as ts.AsExpression).expression, ctx);
      // JSON.parse(s) as Config -> tsesp::jsonParse<tsesp::Ref<Config>>(s, parser, "Config") (library/json.ts)
      return lowerJsonParseAs(node as ts.AsExpression, ctx) ?? (() => { throw unsupported(node, ctx); })();
    case ts.SyntaxKind.NonNullExpression:
      return lowerNonNull(node as ts.NonNullExpression, ctx);
    case ts.SyntaxKind.TemplateExpression:
      return lowerTemplateExpression(node as ts.TemplateExpression, ctx);
    case ts.SyntaxKind.BinaryExpression:
      return lowerBinaryExpression(node as ts.BinaryExpression, ctx);
    case ts.SyntaxKind.PrefixUnaryExpression:
      return lowerPrefixUnaryExpression(node as ts.PrefixUnaryExpression, ctx);
    case ts.SyntaxKind.PostfixUnaryExpression:
      return lowerPostfixUnaryExpression(node as ts.PostfixUnaryExpression, ctx);
    case ts.SyntaxKind.CallExpression:
      return guardCall(node as ts.CallExpression, lowerFixedWidthRead(node, lowerCallExpression(node as ts.CallExpression, ctx), ctx), ctx);
    case ts.SyntaxKind.PropertyAccessExpression:
      return lowerFixedWidthRead(node, lowerPropertyAccessExpression(node as ts.PropertyAccessExpression, ctx), ctx);
    case ts.SyntaxKind.ElementAccessExpression:
      return lowerElementAccessExpression(node as ts.ElementAccessExpression, ctx);
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
      return lowerArrowFunction(node as ts.ArrowFunction | ts.FunctionExpression, ctx);
    case ts.SyntaxKind.ConditionalExpression:
      return lowerConditionalExpression(node as ts.ConditionalExpression, ctx);
    case ts.SyntaxKind.ArrayLiteralExpression:
      return lowerArrayLiteralExpression(node as ts.ArrayLiteralExpression, ctx);
    case ts.SyntaxKind.ObjectLiteralExpression:
      return lowerObjectLiteralExpression(node as ts.ObjectLiteralExpression, ctx);
    case ts.SyntaxKind.NewExpression:
      return guardCall(node as ts.NewExpression, lowerNewExpression(node as ts.NewExpression, ctx), ctx);
    default:
      throw unsupported(node, ctx);
  }
}

// this.x -> this->x; `this` as a value (returned, passed, stored) -> tsesp::Ref<Counter>(this)
function lowerThis(node: ts.Expression, ctx: LowerContext): CppExpr {
  const p = node.parent;
  const isMemberBase = (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === node;
  if (isMemberBase || ctx.thisName !== "this" || !ctx.currentClass) return b.name(ctx.thisName);
  return b.call(`tsesp::Ref<${qualifiedDeclName(ctx.currentClass, ctx)}>`, b.name("this"));
}

export function unsupported(node: ts.Node, ctx: LowerContext): InternalCompilerError {
  const sf = node.getSourceFile();
  const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return new InternalCompilerError(
    "TSESP9000",
    `lowering does not handle ${ts.SyntaxKind[node.kind]} '${node.getText(sf).slice(0, 60)}' (please report)`,
    { file: ctx.module.displayPath, line: line + 1, column: character + 1 },
  );
}

// x! -> x.value() when x is `T | undefined`
function lowerNonNull(node: ts.NonNullExpression, ctx: LowerContext): CppExpr {
  const inner = lowerExpression(node.expression, ctx);
  const t = ctx.checker.getTypeAtLocation(node.expression);
  return t.isUnion() && t.types.some((p) => p.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) ? b.method(inner, "value") : inner;
}

/** A condition: bool-typed expressions as they are, anything else through tsesp::truthy(x). */
export function lowerCondition(node: ts.Expression, ctx: LowerContext): CppExpr {
  if (ts.isParenthesizedExpression(node)) return lowerCondition(node.expression, ctx);
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    // a && b in a condition -> truthy(a) && truthy(b)
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return b.binary("&&", lowerCondition(node.left, ctx), lowerCondition(node.right, ctx));
    if (op === ts.SyntaxKind.BarBarToken) return b.binary("||", lowerCondition(node.left, ctx), lowerCondition(node.right, ctx));
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    return b.unary("!", lowerCondition(node.operand, ctx));
  }
  const value = lowerExpression(node, ctx);
  return isBooleanType(ctx.checker.getTypeAtLocation(node)) ? value : b.call("tsesp::truthy", value);
}

/** The expression's value as a tsesp::String (string concatenation, template literals). */
export function lowerToStringPart(node: ts.Expression, ctx: LowerContext): CppExpr {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return b.tsString(node.text);
  const value = lowerExpression(node, ctx);
  return isStringType(ctx.checker.getTypeAtLocation(node)) ? value : b.call("tsesp::toString", value);
}
