// Optional chains and member access on unions of object types, both by re-lowering the expression
// with its base replaced by a lambda parameter (ctx.substitutions):
//   a?.b.c  -> tsesp::optionalChain<R>(a, [&](const A& tsesp_chain7) -> R { return tsesp_chain7->b->c; })
//   cb?.()  -> tsesp::optionalChain<void>(cb, [&](const F& tsesp_chain3) -> void { tsesp_chain3(); })
//   shape.kind (Circle | Square) -> tsesp::visit<R>(shape, [&](const auto& tsesp_member5) -> R { return tsesp_member5->kind; })
// The whole chain after `?.` sits in the continuation, so it short-circuits as JS does; a later `?.`
// nests another optionalChain inside (runtime: variant.h).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import { withSubstitution, type LowerContext } from "../context";
import { cppTypeOf, cppTypeOfNode } from "../types";
import { lowerExpression } from "./index";

type ChainLink = ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression | ts.NonNullExpression;

function isChainLink(n: ts.Node): n is ChainLink {
  return ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isCallExpression(n) || ts.isNonNullExpression(n);
}

/** The first-evaluated `?.` link of the chain ending at `node` that is not lowered yet. */
export function pendingOptionalLink(node: ts.Expression, ctx: LowerContext): ChainLink | undefined {
  if (!(node.flags & ts.NodeFlags.OptionalChain)) return undefined;
  let found: ChainLink | undefined;
  let n: ts.Node = node;
  while (isChainLink(n) && n.flags & ts.NodeFlags.OptionalChain) {
    if (ctx.substitutions?.has(n.expression)) break;
    if (!ts.isNonNullExpression(n) && n.questionDotToken) found = n;
    n = n.expression;
  }
  return found;
}

// a?.b -> tsesp::optionalChain<R>(a, [&](const A& p) -> R { return p->b; })
export function lowerOptionalChain(top: ts.Expression, link: ChainLink, ctx: LowerContext): CppExpr {
  const base = link.expression;
  const baseType = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(base));
  const param = `tsesp_chain${base.getEnd()}`;
  const resultType = cppTypeOfNode(top, ctx);
  const body = lowerExpression(top, withSubstitution(ctx, base, param));
  const fn = b.lambda(["&"], [{ type: `const ${cppTypeOf(baseType, ctx)}&`, name: param }], resultType, [
    resultType === "void" ? b.exprStmt(body) : b.ret(body),
  ]);
  return b.call(`tsesp::optionalChain<${resultType}>`, lowerExpression(base, ctx), fn);
}

/** True when `object` still needs a member dispatch: not already the held member of a visit. */
export function needsMemberDispatch(object: ts.Expression, ctx: LowerContext): boolean {
  return !ctx.substitutions?.get(object)?.startsWith("tsesp_member") && isObjectUnion(ctx.checker.getTypeAtLocation(object), ctx);
}

/** True for a union of several object types (a tsesp::Variant of Refs): members are read through visit. */
export function isObjectUnion(t: ts.Type, ctx: LowerContext): boolean {
  const type = ctx.checker.getNonNullableType(t);
  if (!type.isUnion()) return false;
  const spellings = new Set(type.types.map((m) => cppTypeOf(m, ctx)));
  return spellings.size > 1 && [...spellings].every((s) => s.startsWith("tsesp::Ref<"));
}

// shape.kind / shape.area() on Circle | Square -> tsesp::visit<R>(shape, [&](const auto& m) -> R { return m->kind; })
export function lowerUnionMemberAccess(node: ts.Expression, object: ts.Expression, ctx: LowerContext): CppExpr {
  const param = `tsesp_member${object.getEnd()}`;
  const resultType = cppTypeOfNode(node, ctx);
  const body = lowerExpression(node, withSubstitution(ctx, object, param));
  const fn = b.lambda(["&"], [{ type: "const auto&", name: param }], resultType, [resultType === "void" ? b.exprStmt(body) : b.ret(body)]);
  return b.call(`tsesp::visit<${resultType}>`, lowerExpression(object, ctx), fn);
}
