// Implicit string conversion of objects and functions -> TSESP2052: `${obj}`, `"x" + f`, `String(p)`.
// Accepted: numbers, strings, booleans, undefined, null, enums, unions of those, and arrays of
// convertible elements and typed arrays (joined with "," as JS does).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";
import { isErrorType } from "./shared/errors";
import { TYPED_ARRAY_NAMES } from "./shared/library";

export const noObjectToString: SubsetRule = {
  code: "TSESP2052",
  name: "noObjectToString",
  visit(node, ctx) {
    if (ts.isTemplateSpan(node)) {
      checkConverted(node.expression, ctx);
    } else if (ts.isBinaryExpression(node) && isPlus(node.operatorToken.kind)) {
      const left = ctx.checker.getTypeAtLocation(node.left);
      const right = ctx.checker.getTypeAtLocation(node.right);
      if (isStringy(left)) checkConverted(node.right, ctx);
      if (isStringy(right)) checkConverted(node.left, ctx);
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "String") {
      for (const argument of node.arguments) checkConverted(argument, ctx);
    }
  },
};

function isPlus(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.PlusToken || kind === ts.SyntaxKind.PlusEqualsToken;
}

function isStringy(type: ts.Type): boolean {
  return (type.flags & ts.TypeFlags.StringLike) !== 0;
}

const PRIMITIVE =
  ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.Undefined | ts.TypeFlags.Null |
  ts.TypeFlags.EnumLike | ts.TypeFlags.Void;

function isConvertible(type: ts.Type, checker: ts.TypeChecker, depth = 0): boolean {
  if (type.isUnion()) return type.types.every((t) => isConvertible(t, checker, depth));
  if ((type.flags & PRIMITIVE) !== 0) return true;
  if (type.flags & ts.TypeFlags.TypeParameter) {
    // `${x}` with x: T extends number | string: every instantiation converts (generic templates)
    const constraint = checker.getBaseConstraintOfType(type);
    return constraint !== undefined && !(constraint.flags & ts.TypeFlags.Unknown) && isConvertible(constraint, checker, depth + 1);
  }
  if (isTypedArrayType(type)) return true; // joined with "," as JS does (typed_array.h)
  if (isErrorType(type, checker)) return true; // "name: message", Error.prototype.toString (error.h)
  if (depth > 4 || !checker.isArrayType(type)) return false;
  return checker.getTypeArguments(type as ts.TypeReference).every((t) => isConvertible(t, checker, depth + 1));
}

function isTypedArrayType(type: ts.Type): boolean {
  const symbol = type.getSymbol();
  return TYPED_ARRAY_NAMES.includes(symbol?.getName() ?? "") && (symbol?.declarations ?? []).every((d) => d.getSourceFile().isDeclarationFile);
}

function checkConverted(expression: ts.Expression, ctx: RuleContext): void {
  const type = ctx.checker.getTypeAtLocation(expression);
  if ((type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0) return; // refused by noAny
  if (!isConvertible(type, ctx.checker)) ctx.report(report.objectToString(expression, ctx.checker.typeToString(type)));
}
