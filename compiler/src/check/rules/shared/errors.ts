// Error objects as check/ sees them: the ES lib's Error classes and sketch classes extending them
// (lowered by lower/library/errors.ts onto runtime tsesp/error.h).
import { ts } from "ts-morph";
import { ERROR_CLASSES } from "./library";

/** Error, RangeError, ... from the ES lib, or a sketch class that extends one of them. */
export function isErrorType(type: ts.Type, checker: ts.TypeChecker): boolean {
  const symbol = type.getSymbol();
  if (!symbol) return false;
  const decls = symbol.declarations ?? [];
  if (ERROR_CLASSES.includes(symbol.getName()) && decls.length > 0 && decls.every((d) => d.getSourceFile().isDeclarationFile)) return true;
  if (!(symbol.flags & ts.SymbolFlags.Class)) return false;
  return checker.getBaseTypes(type as ts.InterfaceType).some((base) => isErrorType(base, checker));
}

/** `e as Error` on a caught value (`unknown`): always true in an accepted program, nothing to convert. */
export function isCaughtErrorAssertion(node: ts.AsExpression, checker: ts.TypeChecker): boolean {
  if (!(checker.getTypeAtLocation(node.expression).flags & ts.TypeFlags.Unknown)) return false;
  const target = checker.getTypeAtLocation(node.type);
  const symbol = target.getSymbol();
  return symbol?.getName() === "Error" && (symbol.declarations ?? []).every((d) => d.getSourceFile().isDeclarationFile);
}
