// Array.from(source, mapFn?) -> runtime-cpp/src/tsesp/array_from.h, by the source's type:
// an array, typed array, string or Set -> tsesp::arrayFrom(source[, f]); `m.keys()` / `m.values()` of a
// Map -> tsesp::arrayFromKeys/arrayFromValues(m[, f]); `{ length: n }` -> tsesp::arrayFromLength(n, f).
// check/ (noUnsupportedMembers) accepts only these shapes.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerExpression, unsupported } from "../expressions/index";
import { inOrder } from "../shared/order";
import { collectionKind } from "../types";

export function lowerArrayFrom(node: ts.CallExpression, ctx: LowerContext): CppExpr {
  return lowerArrayFromSource(node, node.arguments[0], node.arguments[1], ctx);
}

function lowerArrayFromSource(node: ts.Node, source: ts.Expression, mapFn: ts.Expression | undefined, ctx: LowerContext): CppExpr {
  const f = mapFn ? [lowerExpression(mapFn, ctx)] : [];
  if (ts.isObjectLiteralExpression(source)) {
    // Array.from({ length: n }, (_, i) => i * 2) -> tsesp::arrayFromLength(n, [&](..., double i) { ... })
    const length = source.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "length");
    if (!length || !mapFn) throw unsupported(node, ctx);
    return inOrder([length.initializer, mapFn], [lowerExpression(length.initializer, ctx), ...f], (a) => b.call("tsesp::arrayFromLength", ...a));
  }
  if (ts.isCallExpression(source) && ts.isPropertyAccessExpression(source.expression) && source.arguments.length === 0) {
    const receiver = source.expression.expression;
    const method = source.expression.name.text;
    const kind = collectionKind(ctx.checker.getTypeAtLocation(receiver));
    if (kind === "Map" && (method === "keys" || method === "values")) {
      // Array.from(m.keys()) -> tsesp::arrayFromKeys(m)
      const fn = method === "keys" ? "tsesp::arrayFromKeys" : "tsesp::arrayFromValues";
      return inOrder(mapFn ? [receiver, mapFn] : [receiver], [lowerExpression(receiver, ctx), ...f], (a) => b.call(fn, ...a));
    }
    if (kind === "Set" && (method === "keys" || method === "values")) {
      return inOrder(mapFn ? [receiver, mapFn] : [receiver], [lowerExpression(receiver, ctx), ...f], (a) => b.call("tsesp::arrayFrom", ...a));
    }
  }
  return inOrder(mapFn ? [source, mapFn] : [source], [lowerExpression(source, ctx), ...f], (a) => b.call("tsesp::arrayFrom", ...a));
}

/**
 * new Map([[k, v], ...]) -> tsesp::Map<K, V>().set(k, v)... (in order); new Map(other) -> tsesp::mapCopy(other);
 * new Set(source) for a source that is not an array -> tsesp::Set<T>(tsesp::arrayFrom(source)).
 * Undefined when the default lowering applies (no arguments, or new Set(array)).
 */
export function lowerCollectionFrom(node: ts.NewExpression, spelling: string, ctx: LowerContext): CppExpr | undefined {
  const source = node.arguments?.[0];
  if (!source) return undefined;
  if (spelling.startsWith("tsesp::Map<")) {
    if (ts.isArrayLiteralExpression(source)) {
      let chain: CppExpr = b.call(spelling);
      for (const pair of source.elements) {
        if (!ts.isArrayLiteralExpression(pair) || pair.elements.length !== 2) throw unsupported(node, ctx);
        chain = b.method(chain, "set", lowerExpression(pair.elements[0], ctx), lowerExpression(pair.elements[1], ctx));
      }
      return chain;
    }
    return b.call("tsesp::mapCopy", lowerExpression(source, ctx));
  }
  if (ctx.checker.isArrayType(ctx.checker.getTypeAtLocation(source))) return undefined;
  // new Set("abc") -> tsesp::Set<tsesp::String>(tsesp::arrayFrom(tsesp::String("abc")))
  return b.call(spelling, lowerArrayFromSource(node, source, undefined, ctx));
}
