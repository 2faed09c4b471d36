// Calls: library calls (string/array/number methods, Math, console, timers, Arduino) through
// library/; super.m() -> Base::m(); obj.m() -> obj->m(); f() -> f() (imported: mod_ts::f()).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import { InternalCompilerError } from "../../diagnostics/types";
import type { LowerContext } from "../context";
import { lowerGlobalCall } from "../library/globals";
import { lowerMethodCall } from "../library/methods";
import { lowerNetMethodCall } from "../library/net";
import { inOrder } from "../shared/order";
import { qualifiedDeclName } from "../types";
import { isLibDeclaration, resolveSymbol } from "./Identifier";
import { lowerExpression, unsupported } from "./index";
import { lowerPropertyAccessExpression } from "./PropertyAccessExpression";

export function lowerArguments(args: readonly ts.Expression[], _signature: ts.Signature | undefined, ctx: LowerContext): CppExpr[] {
  return args.map((a) => lowerExpression(a, ctx));
}

export function lowerCallExpression(node: ts.CallExpression, ctx: LowerContext): CppExpr {
  const callee = node.expression;
  const args = (): CppExpr[] => lowerArguments(node.arguments, ctx.checker.getResolvedSignature(node), ctx);
  if (ts.isPropertyAccessExpression(callee)) {
    if (callee.expression.kind === ts.SyntaxKind.SuperKeyword) {
      // super.describe() -> Animal::describe() (non-virtual call of the base's method)
      const base = baseClassName(ctx);
      const qualified = `${base}::${callee.name.text}`;
      return ctx.thisName === "this" ? b.call(qualified, ...args()) : b.call(b.member(b.name(ctx.thisName), "->", qualified), ...args());
    }
    const symbol = resolveSymbol(callee.name, ctx);
    const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (isLibDeclaration(decl)) {
      const lowered = lowerNetMethodCall(node, callee, ctx) ?? lowerMethodCall(node, callee, ctx) ?? lowerGlobalCall(node, ctx);
      if (lowered) return lowered;
      throw unsupported(node, ctx);
    }
    const target = lowerPropertyAccessExpression(callee, ctx);
    return inOrder(node.arguments, args(), (a) => b.call(target, ...a));
  }
  if (ts.isIdentifier(callee)) {
    const decl = resolveSymbol(callee, ctx)?.declarations?.[0];
    if (isLibDeclaration(decl)) {
      const lowered = lowerGlobalCall(node, ctx);
      if (lowered) return lowered;
      throw unsupported(node, ctx);
    }
  }
  const target = lowerExpression(callee, ctx);
  return inOrder(node.arguments, args(), (a) => b.call(target, ...a));
}

export function baseClassName(ctx: LowerContext): string {
  const heritage = ctx.currentClass?.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
  const baseExpr = heritage?.types[0]?.expression;
  const decl = baseExpr && resolveSymbol(baseExpr, ctx)?.declarations?.[0];
  if (!decl) throw new InternalCompilerError("TSESP9004", "super outside a derived class (please report)");
  return qualifiedDeclName(decl, ctx);
}
