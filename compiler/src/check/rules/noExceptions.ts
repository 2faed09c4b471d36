// Errors (issue 4): `throw`, `try`/`catch`/`finally` compile without C++ exceptions for Error objects
// (Error, its built-in subclasses, sketch classes extending Error; lower/statements/TryStatement.ts).
// Refused with TSESP2022: throwing anything else (a string, a number, a plain object), destructuring
// the caught value, `Error(message)` without `new`, Error options (`cause`), and printing an Error
// object with console.log (Node prints its stack trace).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { isErrorType } from "./shared/errors";
import { ERROR_CLASSES } from "./shared/library";

const CONSOLE_METHODS = new Set(["log", "error", "warn", "info", "debug"]);

export const noExceptions: SubsetRule = {
  code: "TSESP2022",
  name: "noExceptions",
  visit(node, ctx) {
    if (ts.isThrowStatement(node)) {
      const type = ctx.checker.getTypeAtLocation(node.expression);
      if (!isErrorType(type, ctx.checker) && !isCaughtValue(node.expression, ctx.checker)) {
        ctx.report(report.exceptions(node.expression, "throwing a value that is not an Error object"));
      }
    } else if (ts.isCatchClause(node) && node.variableDeclaration && !ts.isIdentifier(node.variableDeclaration.name)) {
      ctx.report(report.exceptions(node.variableDeclaration.name, "destructuring a caught value"));
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isErrorClass(node.expression, ctx.checker)) {
      if (ts.isCallExpression(node)) ctx.report(report.exceptions(node.expression, "calling an Error class without `new`"));
      else if ((node.arguments ?? []).length > 1) ctx.report(report.exceptions(node.arguments![1], "Error options (`cause`)"));
    } else if (ts.isCallExpression(node) && isConsoleCall(node)) {
      for (const arg of node.arguments) {
        const type = ctx.checker.getTypeAtLocation(arg);
        if (isErrorType(type, ctx.checker) || type.flags & ts.TypeFlags.Unknown) {
          ctx.report(report.exceptions(arg, "printing an Error object (Node prints its stack trace)"));
        }
      }
    }
  },
};

function isConsoleCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "console" && CONSOLE_METHODS.has(callee.name.text);
}

/** `Error`, `RangeError`, ... from the ES lib, as a constructor. */
function isErrorClass(expr: ts.Expression, checker: ts.TypeChecker): boolean {
  if (!ts.isIdentifier(expr) || !ERROR_CLASSES.includes(expr.text)) return false;
  const decls = checker.getSymbolAtLocation(expr)?.declarations ?? [];
  return decls.length > 0 && decls.every((d) => d.getSourceFile().isDeclarationFile);
}

/** `throw e` where e is a catch clause's variable (always an Error in an accepted program). */
function isCaughtValue(expr: ts.Expression, checker: ts.TypeChecker): boolean {
  if (!ts.isIdentifier(expr)) return false;
  const decl = checker.getSymbolAtLocation(expr)?.valueDeclaration;
  return decl !== undefined && ts.isVariableDeclaration(decl) && ts.isCatchClause(decl.parent);
}
