// Error and its built-in subclasses (runtime tsesp/error.h): the types, `new RangeError(m)`,
// `e.name` / `e.message`, `x instanceof TypeError`, and sketch classes that extend them.
//   Error -> tsesp::Ref<tsesp::Error>; a caught value (`unknown`) -> tsesp::Ref<tsesp::Error>
//   new Error("boom") -> tsesp::make<tsesp::Error>(tsesp::String("boom")); e.message -> e->message
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";

export const BUILTIN_ERRORS = new Set(["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError"]);

const isLib = (d: ts.Node): boolean => d.getSourceFile().isDeclarationFile;

/** tsesp::Error / tsesp::RangeError / ... for a declaration of the ES lib's error classes. */
export function builtinErrorDeclName(decl: ts.Node): string | undefined {
  const name = (decl as ts.Node & { name?: ts.Node }).name;
  if (!name || !ts.isIdentifier(name) || !BUILTIN_ERRORS.has(name.text) || !isLib(decl)) return undefined;
  return `tsesp::${name.text}`;
}

/** The C++ type of an ES error type, or of a caught value (`unknown`: only Error objects are thrown). */
export function errorCppType(type: ts.Type): string | undefined {
  if (type.flags & ts.TypeFlags.Unknown) return "tsesp::Ref<tsesp::Error>";
  const symbol = type.getSymbol();
  const decl = symbol?.declarations?.find(isLib);
  const name = decl && builtinErrorDeclName(decl);
  return name ? `tsesp::Ref<${name}>` : undefined;
}

/** True if values of this type are Error objects (built-in or a sketch class extending Error). */
export function isErrorType(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (errorCppType(type) && !(type.flags & ts.TypeFlags.Unknown)) return true;
  const symbol = type.getSymbol();
  if (!symbol || !(symbol.flags & ts.SymbolFlags.Class)) return false;
  return checker.getBaseTypes(type as ts.InterfaceType).some((base) => isErrorType(base, checker));
}

/** The constructor a `new`/instanceof names, if it is a built-in error class. */
function builtinErrorClass(expr: ts.Expression, ctx: LowerContext): string | undefined {
  if (!ts.isIdentifier(expr) || !BUILTIN_ERRORS.has(expr.text)) return undefined;
  const decls = ctx.checker.getSymbolAtLocation(expr)?.declarations ?? [];
  return decls.length > 0 && decls.every(isLib) ? `tsesp::${expr.text}` : undefined;
}

// new RangeError(msg) -> tsesp::make<tsesp::RangeError>(msg); Error(msg) (no `new`) is the same
export function lowerErrorNew(node: ts.NewExpression | ts.CallExpression, ctx: LowerContext, lower: (e: ts.Expression) => CppExpr): CppExpr | undefined {
  const cls = builtinErrorClass(node.expression, ctx);
  if (!cls) return undefined;
  const message = node.arguments?.[0];
  return message ? b.call(`tsesp::make<${cls}>`, lower(message)) : b.call(`tsesp::make<${cls}>`);
}

// e.message -> e->message; e.name -> e->name (fields of tsesp::Error)
export function lowerErrorProperty(node: ts.PropertyAccessExpression, ctx: LowerContext, lower: (e: ts.Expression) => CppExpr): CppExpr | undefined {
  const name = node.name.text;
  if (name !== "message" && name !== "name") return undefined;
  const decl = ctx.checker.getSymbolAtLocation(node.name)?.declarations?.[0];
  if (!decl || !isLib(decl) || !ts.isInterfaceDeclaration(decl.parent) || decl.parent.name.text !== "Error") return undefined;
  return b.member(lower(node.expression), "->", name);
}

// x instanceof RangeError -> tsesp::instanceOf<tsesp::RangeError>(x)
export function lowerErrorInstanceOf(node: ts.BinaryExpression, ctx: LowerContext, lower: (e: ts.Expression) => CppExpr): CppExpr | undefined {
  const cls = builtinErrorClass(node.right, ctx);
  return cls ? b.call(`tsesp::instanceOf<${cls}>`, lower(node.left)) : undefined;
}
