// JSON -> runtime-cpp/src/tsesp/json.h and json_parse.h:
// JSON.stringify(v) -> tsesp::jsonStringify(v); JSON.stringify(v, null, 2) -> tsesp::jsonStringify(v, 2.0);
// `JSON.parse(s) as T` -> tsesp::jsonParse<T>(s, <parser of T>): the parser is built here from T
// (number/string/boolean -> tsesp::jsonNumber/jsonString/jsonBoolean, T[] -> tsesp::jsonArrayOf<T>(p),
// an optional property -> tsesp::jsonOptionalOf<T>(p), T | null -> tsesp::jsonNullableOf<T>(p), a sketch
// interface -> a lambda reading its members, checking required ones and skipping unknown keys).
// The parser is spelled out at each `JSON.parse(...) as T`; check/ refuses recursive and other types.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerExpression, unsupported } from "../expressions/index";
import { cppName } from "../shared/names";
import { inOrder } from "../shared/order";
import { guardCall } from "../shared/unwind";
import { cppTypeOf } from "../types";

/** JSON.stringify(...) (JSON.parse outside `as T` is refused by check/). */
export function lowerJsonCall(node: ts.CallExpression, method: string, ctx: LowerContext): CppExpr | undefined {
  if (method !== "stringify") return undefined;
  const [value, , space] = node.arguments;
  const parts = space ? [value, space] : [value];
  return inOrder(parts, parts.map((a) => lowerExpression(a, ctx)), (a) => b.call("tsesp::jsonStringify", ...a));
}

/** `JSON.parse(s) as T` -> tsesp::jsonParse<T>(s, parser); undefined for other `as` expressions. */
export function lowerJsonParseAs(node: ts.AsExpression, ctx: LowerContext): CppExpr | undefined {
  let inner: ts.Expression = node.expression;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  if (!isJsonParseCall(inner)) return undefined;
  const target = ctx.checker.getTypeFromTypeNode(node.type);
  const text = lowerExpression(inner.arguments[0], ctx);
  const call = b.call(`tsesp::jsonParse<${cppTypeOf(target, ctx)}>`, text, parserOf(target, node, ctx), b.tsString(ctx.checker.typeToString(target)));
  return guardCall(inner, call, ctx); // a SyntaxError/TypeError unwinds to the enclosing catch (shared/unwind.ts)
}

export function isJsonParseCall(e: ts.Expression): e is ts.CallExpression {
  return ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ts.isIdentifier(e.expression.expression) &&
    e.expression.expression.text === "JSON" && e.expression.name.text === "parse";
}

// number -> tsesp::jsonNumber{}; string[] -> tsesp::jsonArrayOf<tsesp::String>(tsesp::jsonString{}); ...
function parserOf(type: ts.Type, at: ts.Node, ctx: LowerContext): CppExpr {
  if (type.flags & ts.TypeFlags.NumberLike) return b.braced("tsesp::jsonNumber", []);
  if (type.flags & ts.TypeFlags.StringLike) return b.braced("tsesp::jsonString", []);
  if (type.flags & ts.TypeFlags.BooleanLike) return b.braced("tsesp::jsonBoolean", []);
  if (type.isUnion()) {
    const rest = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
    const base = rest.length === 1 ? rest[0] : undefined;
    const hasNull = type.types.some((t) => t.flags & ts.TypeFlags.Null);
    const isBoolean = rest.length === 2 && rest.every((t) => t.flags & ts.TypeFlags.BooleanLiteral);
    if (isBoolean) return wrapNullish(b.braced("tsesp::jsonBoolean", []), "bool", hasNull);
    if (!base) throw unsupported(at, ctx);
    return wrapNullish(parserOf(base, at, ctx), cppTypeOf(base, ctx), hasNull);
  }
  if (ctx.checker.isArrayType(type)) {
    const element = ctx.checker.getTypeArguments(type as ts.TypeReference)[0];
    return b.call(`tsesp::jsonArrayOf<${cppTypeOf(element, ctx)}>`, parserOf(element, at, ctx));
  }
  return interfaceParser(type, at, ctx);
}

// T | undefined -> tsesp::jsonOptionalOf<T>(p); T | null -> tsesp::jsonNullableOf<T>(p)
function wrapNullish(inner: CppExpr, base: string, hasNull: boolean): CppExpr {
  return b.call(hasNull ? `tsesp::jsonNullableOf<${base}>` : `tsesp::jsonOptionalOf<${base}>`, inner);
}

// interface Config { name: string; port?: number } ->
//   [](tsesp::JsonReader& r, tsesp::Ref<Config>& out) -> bool {
//     out = tsesp::make<Config>(); bool has_name = false;
//     if (!r.readObject([&](const tsesp::String& key) -> bool {
//           if (key == "name") { has_name = true; return r.read(out->name, tsesp::jsonString{}); } ...
//           return r.skipValue(); })) return false;
//     if (!has_name) return r.missing("name"); return true; }
function interfaceParser(type: ts.Type, at: ts.Node, ctx: LowerContext): CppExpr {
  const cpp = cppTypeOf(type, ctx);
  const struct = cpp.replace(/^tsesp::Ref<(.*)>$/, "$1");
  const out = b.name("out");
  const reader = b.name("r");
  const members: CppStmt[] = [];
  const checks: CppStmt[] = [];
  const flags: CppStmt[] = [];
  for (const property of ctx.checker.getPropertiesOfType(type)) {
    const key = property.getName();
    const propertyType = ctx.checker.getTypeOfSymbolAtLocation(property, at);
    const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
    const flag = `has_${cppName(key)}`;
    const read = b.method(reader, "read", b.member(out, "->", cppName(key)), parserOf(propertyType, at, ctx));
    if (!optional) flags.push(b.varDecl("bool", flag, b.name("false")));
    const body: CppStmt[] = optional ? [b.ret(read)] : [b.exprStmt(b.assign(b.name(flag), b.name("true"))), b.ret(read)];
    members.push({ kind: "if", test: b.binary("==", b.name("key"), b.tsString(key)), then: body });
    if (!optional) checks.push({ kind: "if", test: b.unary("!", b.name(flag)), then: [b.ret(b.method(reader, "missing", b.tsString(key)))] });
  }
  members.push(b.ret(b.method(reader, "skipValue")));
  const onMember = b.lambda(["&"], [{ type: "const tsesp::String&", name: "key" }], "bool", members);
  const body: CppStmt[] = [
    b.exprStmt(b.assign(out, b.call(`tsesp::make<${struct}>`))),
    ...flags,
    { kind: "if", test: b.unary("!", b.method(reader, "readObject", onMember)), then: [b.ret(b.name("false"))] },
    ...checks,
    b.ret(b.name("true")),
  ];
  return b.lambda([], [{ type: "tsesp::JsonReader&", name: "r" }, { type: `${cpp}&`, name: "out" }], "bool", body);
}
