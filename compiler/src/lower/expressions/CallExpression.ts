// Calls: library calls (string/array/number methods, Math, console, timers, Arduino) through
// library/; super.m() -> Base::m(); obj.m() -> obj->m(); f() -> f() (imported: mod_ts::f()).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import { InternalCompilerError } from "../../diagnostics/types";
import type { LowerContext } from "../context";
import { lowerBytesCall } from "../library/bytes";
import { lowerGlobalCall } from "../library/globals";
import { lowerMethodCall } from "../library/methods";
import { lowerNetMethodCall } from "../library/net";
import { lowerSpreadCall } from "../library/spread";
import { inOrder, type OperandSource } from "../shared/order";
import { cppClassName, cppTypeOf } from "../types";
import { callTypeArguments, isInsideTemplate } from "../shared/generics";
import { lowerArrayParts } from "./ArrayLiteralExpression";
import { isLibDeclaration, resolveSymbol } from "./Identifier";
import { lowerExpression, unsupported } from "./index";
import { lowerUnionMemberAccess, needsMemberDispatch } from "./optionalChain";
import { lowerPropertyAccessExpression } from "./PropertyAccessExpression";
import { lowerArrayOfLength } from "./NewExpression";

/** Index of the callee's rest parameter (`...values: T[]`), if it has one. */
function restIndexOf(signature: ts.Signature | undefined): number {
  const decl = signature?.getDeclaration();
  const params = decl && "parameters" in decl ? (decl.parameters as readonly ts.ParameterDeclaration[]) : [];
  return params.findIndex((p) => p.dotDotDotToken !== undefined);
}

/**
 * The C++ arguments: one per TS argument, except that the arguments for a rest parameter are packed
 * into one array: log("t", 1, ...xs) -> log(tsesp::String("t"), tsesp::Array<double>().concat(1.0, xs)).
 */
export function lowerArguments(args: readonly ts.Expression[], signature: ts.Signature | undefined, ctx: LowerContext): CppExpr[] {
  const rest = restIndexOf(signature);
  if (rest < 0 || isLibDeclaration(signature?.getDeclaration())) return args.map((a) => lowerExpression(a, ctx));
  const restParam = signature!.getParameters()[rest];
  const restType = cppTypeOf(ctx.checker.getTypeOfSymbol(restParam), ctx);
  return [...args.slice(0, rest).map((a) => lowerExpression(a, ctx)), lowerArrayParts(args.slice(rest), restType, ctx)];
}

/** What each of lowerArguments' values is evaluated from, for inOrder. */
export function argumentSources(args: readonly ts.Expression[], signature: ts.Signature | undefined): OperandSource[] {
  const rest = restIndexOf(signature);
  if (rest < 0 || isLibDeclaration(signature?.getDeclaration())) return [...args];
  return [...args.slice(0, rest), args.slice(rest)];
}

export function lowerCallExpression(node: ts.CallExpression, ctx: LowerContext): CppExpr {
  const callee = node.expression;
  const signature = ctx.checker.getResolvedSignature(node);
  const args = (): CppExpr[] => lowerArguments(node.arguments, signature, ctx);
  const sources = argumentSources(node.arguments, signature);
  const substituted = ctx.substitutions?.get(callee); // cb?.() / obj.cb?.(): the checked callee (optionalChain.ts)
  if (substituted) return inOrder(sources, args(), (a) => b.call(b.name(substituted), ...a));
  if (ts.isPropertyAccessExpression(callee) && needsMemberDispatch(callee.expression, ctx)) {
    // shape.area() on Circle | Square -> tsesp::visit<double>(shape, [&](const auto& m) -> double { return m->area(); })
    return lowerUnionMemberAccess(node, callee.expression, ctx);
  }
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
      const lowered = lowerSpreadCall(node, callee, ctx) ?? lowerNetMethodCall(node, callee, ctx) ?? lowerBytesCall(node, callee, ctx) ?? lowerMethodCall(node, callee, ctx) ?? lowerGlobalCall(node, ctx);
      if (lowered) return lowered;
      throw unsupported(node, ctx);
    }
    const target = withTypeArguments(lowerPropertyAccessExpression(callee, ctx), node, ctx);
    return inOrder(sources, args(), (a) => b.call(target, ...a));
  }
  if (ts.isIdentifier(callee)) {
    const decl = resolveSymbol(callee, ctx)?.declarations?.[0];
    if (isLibDeclaration(decl)) {
      if (callee.text === "Array") return lowerArrayOfLength(node, ctx);
      const lowered = lowerGlobalCall(node, ctx);
      if (lowered) return lowered;
      throw unsupported(node, ctx);
    }
  }
  const target = withTypeArguments(lowerExpression(callee, ctx), node, ctx);
  return inOrder(sources, args(), (a) => b.call(target, ...a));
}

// first(xs) -> first<double>(xs); buf.map(f) -> buf->map<double>(f) (`->template map<U>` inside a template)
function withTypeArguments(target: CppExpr, node: ts.CallExpression, ctx: LowerContext): CppExpr {
  const args = callTypeArguments(node, ctx, cppTypeOf);
  if (!args) return target;
  if (target.kind === "name") return b.name(`${target.name}${args}`);
  if (target.kind === "member") {
    const keyword = target.op !== "::" && isInsideTemplate(node) ? "template " : "";
    return { ...target, name: `${keyword}${target.name}${args}` };
  }
  throw unsupported(node, ctx);
}

export function baseClassName(ctx: LowerContext): string {
  const heritage = ctx.currentClass?.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
  const baseExpr = heritage?.types[0]?.expression;
  const decl = baseExpr && resolveSymbol(baseExpr, ctx)?.declarations?.[0];
  if (!decl) throw new InternalCompilerError("TSESP9004", "super outside a derived class (please report)");
  // extends Base<T> -> Base<T>::describe()
  return cppClassName(ctx.checker.getTypeAtLocation(heritage!.types[0]), decl, ctx);
}
