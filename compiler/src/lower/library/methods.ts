// Methods of built-in values: string and array methods keep their JS names on tsesp::String and
// tsesp::Array (s.slice(1) -> s.slice(1.0)); number methods become functions
// (x.toFixed(2) -> tsesp::numberToFixed(x, 2.0)).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerExpression } from "../expressions/index";
import { collectionKind, cppTypeOf, cppTypeOfNode, isBooleanType, isNumberType, isStringType } from "../types";

const STRING_METHODS = new Set([
  "charAt", "charCodeAt", "indexOf", "includes", "startsWith", "endsWith", "slice", "substring", "toUpperCase",
  "toLowerCase", "trim", "split", "trimStart", "trimEnd", "lastIndexOf", "padStart", "padEnd", "repeat", "replace",
  "replaceAll", "at", "codePointAt",
]);
const ARRAY_METHODS = new Set([
  "push", "pop", "indexOf", "includes", "join", "slice", "map", "filter", "reduce", "forEach", "sort", "lastIndexOf", "shift",
  "unshift", "splice", "concat", "reverse", "fill", "at", "some", "every", "find", "findIndex",
]);

const COLLECTION_METHODS = new Set(["get", "set", "has", "add", "clear", "forEach"]);

export function lowerMethodCall(node: ts.CallExpression, callee: ts.PropertyAccessExpression, ctx: LowerContext): CppExpr | undefined {
  const receiverType = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(callee.expression)); // s?.trim(): a string
  const method = callee.name.text;
  const receiver = (): CppExpr => lowerExpression(callee.expression, ctx);
  const args = (): CppExpr[] => node.arguments.map((a) => lowerExpression(a, ctx));
  if (isStringType(receiverType)) {
    if (method === "toString") return receiver();
    if (method === "split" && node.arguments.length === 0) return b.call("tsesp::Array<tsesp::String>", b.list([receiver()]));
    return STRING_METHODS.has(method) ? b.method(receiver(), method, ...args()) : undefined;
  }
  const collection = collectionKind(receiverType);
  if (collection) {
    // m.delete(k) -> m.remove(k) (a C++ keyword); keys()/values() only drive for...of
    if (method === "delete") return b.method(receiver(), "remove", ...args());
    return COLLECTION_METHODS.has(method) ? b.method(receiver(), method, ...args()) : undefined;
  }
  if (ctx.checker.isArrayType(receiverType)) {
    if (method === "toString") return b.method(receiver(), "join");
    if (method === "filter") return narrowedFilter(node, b.method(receiver(), method, ...args()), receiverType, ctx);
    if (method === "find") return narrowedFind(node, b.method(receiver(), method, ...args()), receiverType, ctx);
    return ARRAY_METHODS.has(method) ? b.method(receiver(), method, ...args()) : undefined;
  }
  if (isNumberType(receiverType)) {
    if (method === "toFixed") return b.call("tsesp::numberToFixed", receiver(), ...(node.arguments.length ? args() : [b.name("0.0")]));
    if (method === "toString") {
      return node.arguments.length ? b.call("tsesp::numberToStringRadix", receiver(), ...args()) : b.call("tsesp::toString", receiver());
    }
    return undefined;
  }
  if (isBooleanType(receiverType) && method === "toString") return b.call("tsesp::toString", receiver());
  return undefined;
}

// xs.filter((s) => s.mode === "out") where TS infers a type predicate and so narrows the element type
// ((A | B | C)[] -> (A | B)[], (number | undefined)[] -> number[]) ->
// tsesp::narrowElements<tsesp::Variant<...>>(xs.filter(...)) (variant.h)
function narrowedFilter(node: ts.CallExpression, filtered: CppExpr, receiverType: ts.Type, ctx: LowerContext): CppExpr {
  const result = cppTypeOfNode(node, ctx);
  if (result === cppTypeOf(receiverType, ctx)) return filtered;
  const element = /^tsesp::Array<(.*)>$/.exec(result);
  return element ? b.call(`tsesp::narrowElements<${element[1]}>`, filtered) : filtered;
}

// xs.find((a) => a.kind === "servo") with an inferred type predicate: Servo | undefined ->
// tsesp::narrowTo<tsesp::Optional<tsesp::Ref<Servo>>>(xs.find(...))
function narrowedFind(node: ts.CallExpression, found: CppExpr, receiverType: ts.Type, ctx: LowerContext): CppExpr {
  const result = cppTypeOfNode(node, ctx);
  const element = /^tsesp::Array<(.*)>$/.exec(cppTypeOf(receiverType, ctx));
  if (!element || result === `tsesp::Optional<${element[1]}>`) return found;
  return b.call(`tsesp::narrowTo<${result}>`, found);
}
