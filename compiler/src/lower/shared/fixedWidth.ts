// Fixed-width numbers (docs/numbers.md): a declaration annotated with ts-esp's `i8 i16 i32 u8 u16 u32
// f32` (compiler/lib/types.d.ts, aliases of number, so the checker's type is plain `number`) is
// stored as tsesp::I8 ... tsesp::F32 (runtime-cpp/src/tsesp/fixed.h), which converts on every store.
// Reads become doubles again (`static_cast<double>(x)`), so arithmetic keeps JS semantics.
// Only plain annotations count: `u8[]`, `u8 | undefined` and inferred types stay double.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";

const CPP: Record<string, string> = {
  i8: "tsesp::I8", i16: "tsesp::I16", i32: "tsesp::I32", u8: "tsesp::U8", u16: "tsesp::U16", u32: "tsesp::U32", f32: "tsesp::F32",
};

/** "tsesp::U8" for a type annotation naming ts-esp's `u8` alias (not a sketch's own `type u8`). */
export function fixedWidthOfTypeNode(node: ts.TypeNode | undefined, checker: ts.TypeChecker): string | undefined {
  if (!node || !ts.isTypeReferenceNode(node) || !ts.isIdentifier(node.typeName) || node.typeArguments) return undefined;
  const spelling = CPP[node.typeName.text];
  if (!spelling) return undefined;
  const decl = checker.getSymbolAtLocation(node.typeName)?.declarations?.[0];
  return decl && ts.isTypeAliasDeclaration(decl) && decl.getSourceFile().isDeclarationFile ? spelling : undefined;
}

/** The fixed-width C++ type of a variable, parameter, field or property declaration, if annotated so. */
export function fixedWidthOfDeclaration(decl: ts.Node | undefined, checker: ts.TypeChecker): string | undefined {
  if (!decl) return undefined;
  if (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isPropertyDeclaration(decl) || ts.isPropertySignature(decl)) {
    return ts.isIdentifier(decl.name) ? fixedWidthOfTypeNode(decl.type, checker) : undefined;
  }
  return undefined;
}

/** `let x: u8` -> "tsesp::U8" where the plain spelling would be "double"; anything else unchanged. */
export function declaredCppType(decl: ts.Node | undefined, spelling: string, ctx: LowerContext): string {
  if (spelling !== "double") return spelling;
  return fixedWidthOfDeclaration(decl, ctx.checker) ?? spelling;
}

/** `function f(): u8` -> "tsesp::U8" where the plain return spelling would be "double". */
export function declaredReturnCppType(fn: ts.SignatureDeclaration | undefined, spelling: string, ctx: LowerContext): string {
  if (spelling !== "double" || !fn) return spelling;
  return fixedWidthOfTypeNode(fn.type, ctx.checker) ?? spelling;
}

// a read of a fixed-width variable, field or call result -> static_cast<double>(x)
export function lowerFixedWidthRead(node: ts.Expression, value: CppExpr, ctx: LowerContext): CppExpr {
  if (isWriteTarget(node) || !isFixedWidthValue(node, ctx.checker)) return value;
  return b.call("static_cast<double>", value);
}

function isFixedWidthValue(node: ts.Expression, checker: ts.TypeChecker): boolean {
  if (ts.isCallExpression(node)) {
    const decl = checker.getResolvedSignature(node)?.declaration;
    return decl !== undefined && !ts.isJSDocSignature(decl) && fixedWidthOfTypeNode(decl.type, checker) !== undefined;
  }
  const target = ts.isPropertyAccessExpression(node) ? node.name : node;
  let symbol = checker.getSymbolAtLocation(target);
  if (ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node) symbol = checker.getShorthandAssignmentValueSymbol(node.parent);
  return fixedWidthOfDeclaration(symbol?.valueDeclaration, checker) !== undefined;
}

function isWriteTarget(node: ts.Node): boolean {
  let child = node;
  let p = node.parent;
  while (ts.isParenthesizedExpression(p)) {
    child = p;
    p = p.parent;
  }
  if (ts.isBinaryExpression(p) && p.left === child) {
    const k = p.operatorToken.kind;
    return k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment;
  }
  const isUpdate = (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken);
  return isUpdate || ((ts.isArrayLiteralExpression(p) || ts.isShorthandPropertyAssignment(p) || ts.isPropertyAssignment(p)) && isDestructuringTarget(p));
}

/** Inside the left side of a destructuring assignment (`[a, b] = ...`, `({ x } = p)`). */
export function isDestructuringTarget(node: ts.Node): boolean {
  let child: ts.Node = node;
  let p = node.parent;
  while (ts.isArrayLiteralExpression(p) || ts.isObjectLiteralExpression(p) || ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) || ts.isParenthesizedExpression(p) || ts.isSpreadElement(p) || ts.isSpreadAssignment(p)) {
    child = p;
    p = p.parent;
  }
  return ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && p.left === child;
}
