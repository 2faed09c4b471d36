// Identifier -> C++ name: locals as written (boxed ones as `*x`), module-level names qualified with
// their module's namespace when imported, ts-esp/ES globals through library/globals.ts. Where TS
// has narrowed the variable, the C++ value is narrowed too: `x.value()` for a checked `T | undefined`,
// `tsesp::downcast<Dog>(x)` after `x instanceof Dog`.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerGlobalIdentifier } from "../library/globals";
import { lowerNetIdentifier } from "../library/net";
import { isModuleLevel } from "../shared/captures";
import { cppName } from "../shared/names";
import { cppTypeOf, isVariantSpelling, qualifiedDeclName } from "../types";
import { unsupported } from "./index";

export function resolveSymbol(node: ts.Node, ctx: LowerContext): ts.Symbol | undefined {
  const symbol =
    node.parent && ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node
      ? ctx.checker.getShorthandAssignmentValueSymbol(node.parent)
      : ctx.checker.getSymbolAtLocation(node);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) return ctx.checker.getAliasedSymbol(symbol);
  return symbol;
}

export function isLibDeclaration(decl: ts.Node | undefined): boolean {
  return decl === undefined || decl.getSourceFile().isDeclarationFile;
}

export function lowerIdentifier(node: ts.Identifier, ctx: LowerContext): CppExpr {
  if (node.text === "undefined") return b.name("tsesp::undefined");
  const symbol = resolveSymbol(node, ctx);
  const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!symbol || isLibDeclaration(decl)) {
    const global = lowerGlobalIdentifier(node.text) ?? lowerNetIdentifier(node.text);
    if (global) return global;
    throw unsupported(node, ctx);
  }
  if (isModuleLevel(decl!) || ts.isEnumDeclaration(decl!)) return narrowed(node, b.name(qualifiedDeclName(decl!, ctx)), decl!, ctx);
  const local = b.name(cppName(node.text));
  const value = ctx.boxed.has(decl!) ? b.unary("*", local) : local;
  return narrowed(node, value, decl!, ctx);
}

function narrowed(node: ts.Identifier, value: CppExpr, decl: ts.Node, ctx: LowerContext): CppExpr {
  if (!(ts.isVariableDeclaration(decl) || ts.isParameter(decl))) return value;
  if (isAssignmentTarget(node)) return value;
  const declared = cppTypeOf(ctx.checker.getTypeAtLocation(decl.name), ctx);
  const here = cppTypeOf(ctx.checker.getTypeAtLocation(node), ctx);
  return narrowedValue(value, declared, here);
}

/**
 * A value of C++ type `declared` used where TS has narrowed it to `here`: `x.value()` for a checked
 * `T | undefined`; `tsesp::narrowTo<here>(x)` for unions (variant.h: a Variant member, a smaller
 * Variant, Null/Undefined/Never); `tsesp::downcast<Dog>(x)` after `x instanceof Dog`.
 */
export function narrowedValue(value: CppExpr, declared: string, here: string): CppExpr {
  if (declared === here) return value;
  // narrowed to just null/undefined/never: keep the value itself, which knows what it holds (TS's
  // narrowing by assignment misses writes made by closures: `let n: number | null = null; bump(); n`)
  if (/^tsesp::(Null|Undefined|Never)$/.test(here)) return value;
  if (declared === `tsesp::Optional<${here}>`) return b.method(value, "value");
  if (isVariantSpelling(declared) || (declared.startsWith("tsesp::Optional<") && here.startsWith("tsesp::Optional<"))) {
    return b.call(`tsesp::narrowTo<${here}>`, value);
  }
  const refHere = /^tsesp::Ref<(.*)>$/.exec(here);
  if (refHere && declared.startsWith("tsesp::")) {
    const base = declared.startsWith("tsesp::Optional<") ? b.method(value, "value") : value;
    return b.call(`tsesp::downcast<${refHere[1]}>`, base);
  }
  return value;
}

export function isAssignmentTarget(node: ts.Node): boolean {
  const p = node.parent;
  if (ts.isBinaryExpression(p) && p.left === node) {
    const k = p.operatorToken.kind;
    return k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment;
  }
  return (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken);
}
