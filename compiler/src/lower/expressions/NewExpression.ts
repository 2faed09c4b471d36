// new Point(1, 2) -> tsesp::make<Point>(1.0, 2.0); new Map<K, V>() / new Set(xs) -> runtime handles
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerCollectionFrom } from "../library/arrayFrom";
import { lowerBytesNew } from "../library/bytes";
import { lowerErrorNew } from "../library/errors";
import { lowerNetNew } from "../library/net";
import { inOrder } from "../shared/order";
import { collectionKind, cppClassName, cppTypeOf } from "../types";
import { argumentSources, lowerArguments } from "./CallExpression";
import { resolveSymbol } from "./Identifier";
import { lowerExpression, unsupported } from "./index";

// new Array<number>(n) / Array<number>(n) -> tsesp::arrayOfLength<double>(n) (array_length.h: n holes)
export function lowerArrayOfLength(node: ts.NewExpression | ts.CallExpression, ctx: LowerContext): CppExpr {
  const element = cppTypeOf(ctx.checker.getTypeAtLocation(node), ctx).replace(/^tsesp::Array<(.*)>$/, "$1");
  return b.call(`tsesp::arrayOfLength<${element}>`, lowerExpression(node.arguments![0], ctx));
}

export function lowerNewExpression(node: ts.NewExpression, ctx: LowerContext): CppExpr {
  const net = lowerNetNew(node, ctx); // new AsyncServer(7) (library/net.ts)
  if (net) return net;
  const bytes = lowerBytesNew(node, ctx); // new Uint8Array(4) (library/bytes.ts)
  if (bytes) return bytes;
  const error = lowerErrorNew(node, ctx, (e) => lowerExpression(e, ctx)); // new RangeError("...") (library/errors.ts)
  if (error) return error;
  const decl = resolveSymbol(node.expression, ctx)?.declarations?.[0];
  const own = ctx.checker.getTypeAtLocation(node);
  if (ts.isIdentifier(node.expression) && node.expression.text === "Array" && decl?.getSourceFile().isDeclarationFile) return lowerArrayOfLength(node, ctx);
  if (collectionKind(own)) {
    // new Map<string, number>() -> tsesp::Map<tsesp::String, double>(); new Set(xs) -> tsesp::Set<double>(xs)
    const contextual = ctx.checker.getContextualType(node);
    const spelling = cppTypeOf(contextual && collectionKind(contextual) === collectionKind(own) ? contextual : own, ctx);
    const from = lowerCollectionFrom(node, spelling, ctx); // new Map(pairs), new Set("abc") (library/arrayFrom.ts)
    if (from) return from;
    return b.call(spelling, ...(node.arguments ?? []).map((a) => lowerExpression(a, ctx)));
  }
  if (!decl || !ts.isClassDeclaration(decl)) throw unsupported(node, ctx);
  const signature = ctx.checker.getResolvedSignature(node);
  const args = node.arguments ?? [];
  return inOrder(argumentSources(args, signature), lowerArguments(args, signature, ctx), (a) => b.call(`tsesp::make<${cppClassName(own, decl, ctx)}>`, ...a));
}
