// let/const declarations: `const x = 1` -> `const double x = 1.0;`; a captured, reassigned `let` ->
// `tsesp::Box<double> x(1.0);`. Module-level declarations are globals (modules.ts); their
// initializers run here as assignments, in statement order.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt } from "../../cpp/nodes";
import { originOf, type LowerContext } from "../context";
import { lowerExpression, unsupported } from "../expressions/index";
import { isModuleLevel, isNonEscapingRecursive } from "../shared/captures";
import { isGenericConstFunction } from "../shared/generics";
import { cppName } from "../shared/names";
import { cppTypeOf } from "../types";
import { isStaticInitializer } from "../modules";
import { lowerBinding } from "./BindingPattern";
import { declaredCppType } from "../shared/fixedWidth";

export function lowerVariableStatement(node: ts.VariableStatement, ctx: LowerContext): CppStmt[] {
  return node.declarationList.declarations.flatMap((d) => lowerVariableDeclaration(d, ctx));
}

export function lowerVariableDeclaration(d: ts.VariableDeclaration, ctx: LowerContext): CppStmt[] {
  const origin = originOf(d, ctx);
  if (!ts.isIdentifier(d.name)) {
    // const [a, b] = xs / const { x, y } = p (statements/BindingPattern.ts)
    if (!d.initializer) throw unsupported(d, ctx);
    // at module level the names are globals (modules.ts): assigned here, in statement order
    return lowerBinding(d.name, lowerExpression(d.initializer, ctx), (d.parent.flags & ts.NodeFlags.Const) !== 0, ctx, origin, isModuleLevel(d));
  }
  const name = cppName(d.name.text);
  if (isModuleLevel(d)) {
    // const f = <T>(x: T) => ... is a function template (modules.ts), nothing to run
    if (!d.initializer || isStaticInitializer(d) || isGenericConstFunction(d)) return [];
    return [{ ...b.exprStmt(b.assign(b.name(name), lowerExpression(d.initializer, ctx))), origin }];
  }
  const type = declaredCppType(d, cppTypeOf(ctx.checker.getTypeAtLocation(d.name), ctx), ctx);
  const init: CppExpr | undefined = d.initializer ? lowerExpression(d.initializer, ctx) : undefined;
  if (init && init.kind === "lambda" && isNonEscapingRecursive(d, d.getSourceFile(), ctx.checker) && isSelfReferencing(d, ctx)) {
    // const f = (n) => f(n - 1), only called directly: captures itself by reference, no Box, no cycle
    return [
      { kind: "var", type, name, origin },
      { ...b.exprStmt(b.assign(b.name(name), { ...init, captures: [...init.captures, `&${name}`] })), origin },
    ];
  }
  if (ctx.boxed.has(d)) {
    const undefinedValue = b.call(`tsesp::undefinedOf<${type}>`);
    if (init && containsClosure(d.initializer!)) {
      // the initializer's closures capture the box itself: create it first, then assign
      return [
        { kind: "var", type: `tsesp::Box<${type}>`, name, init: undefinedValue, direct: true, origin },
        { ...b.exprStmt(b.assign(b.unary("*", b.name(name)), init)), origin },
      ];
    }
    return [{ kind: "var", type: `tsesp::Box<${type}>`, name, init: init ?? undefinedValue, direct: true, origin }];
  }
  const isConst = (d.parent.flags & ts.NodeFlags.Const) !== 0;
  // a local that is never read is legal TS; keep g++ -Wunused-variable quiet about it
  return [{ kind: "var", type, name, init, isConst, origin, maybeUnused: !isRead(d, ctx) }];
}

function containsClosure(node: ts.Node): boolean {
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return true;
  return ts.forEachChild(node, (c) => (containsClosure(c) ? true : undefined)) ?? false;
}

function isSelfReferencing(d: ts.VariableDeclaration, ctx: LowerContext): boolean {
  const symbol = ctx.checker.getSymbolAtLocation(d.name);
  const visit = (n: ts.Node): boolean =>
    (ts.isIdentifier(n) && ctx.checker.getSymbolAtLocation(n) === symbol) || (ts.forEachChild(n, (c) => (visit(c) ? true : undefined)) ?? false);
  return d.initializer ? visit(d.initializer) : false;
}

export function isRead(d: ts.VariableDeclaration, ctx: LowerContext): boolean {
  const symbol = ctx.checker.getSymbolAtLocation(d.name);
  let scope: ts.Node = d.parent;
  while (!ts.isBlock(scope) && !ts.isSourceFile(scope) && !ts.isForStatement(scope) && !ts.isForOfStatement(scope) && !ts.isCaseClause(scope) && !ts.isDefaultClause(scope)) scope = scope.parent;
  const visit = (n: ts.Node): boolean => {
    if (ts.isIdentifier(n) && n !== d.name && ctx.checker.getSymbolAtLocation(n) === symbol) {
      const p = n.parent;
      const written = ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isExpressionStatement(p.parent);
      if (!written) return true;
    }
    return ts.forEachChild(n, (c) => (visit(c) ? true : undefined)) ?? false;
  };
  return visit(scope);
}
