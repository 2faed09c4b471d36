// Binary data: typed arrays, ArrayBuffer, DataView (ES lib) and TextEncoder/TextDecoder (lib/text.d.ts)
// -> runtime-cpp/src/tsesp/{typed_array,array_buffer,data_view,text}.h:
// `Uint8Array` -> tsesp::Uint8Array, `new Uint8Array(n | numbers | buffer, ...)` -> tsesp::Uint8Array(...),
// `new Uint8Array(typed)` -> tsesp::Uint8Array::copyOf(typed), `Uint8Array.from(xs, f?)` / `.of(a, b)`,
// `a.subarray(1)` -> a.subarray(1.0) (same names in C++), `a.length` -> a.length(), `a[i]` -> a.get(i).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerExpression } from "../expressions/index";
import { inOrder } from "../shared/order";
import { BYTES_TYPES, ELEMENT_SIZES, TYPED_ARRAYS, bytesTypeName, isTypedArrayType } from "./bytesTypes";

/** Properties read as C++ methods: a.length -> a.length(). */
const PROPERTIES = new Set(["length", "byteLength", "byteOffset", "buffer", "encoding", "fatal", "ignoreBOM"]);

/** The binary-data constructor a `new`/static call names (`Uint8Array` in `new Uint8Array(4)`). */
function constructorName(expr: ts.Expression, ctx: LowerContext): string | undefined {
  if (!ts.isIdentifier(expr) || !(expr.text in BYTES_TYPES)) return undefined;
  const decls = ctx.checker.getSymbolAtLocation(expr)?.declarations ?? [];
  return decls.length > 0 && decls.every((d) => d.getSourceFile().isDeclarationFile) ? expr.text : undefined;
}

/** new Uint8Array(4) -> tsesp::Uint8Array(4.0); new Uint8Array(other) -> tsesp::Uint8Array::copyOf(other). */
export function lowerBytesNew(node: ts.NewExpression, ctx: LowerContext): CppExpr | undefined {
  const name = constructorName(node.expression, ctx);
  if (!name) return undefined;
  const cls = BYTES_TYPES[name];
  const args = node.arguments ?? [];
  if (name === "TextDecoder") return lowerTextDecoderNew(args, ctx);
  const lowered = args.map((a) => lowerExpression(a, ctx));
  if (TYPED_ARRAYS.has(name) && args.length === 1 && isTypedArrayType(ctx.checker.getTypeAtLocation(args[0]))) {
    return b.call(`${cls}::copyOf`, lowered[0]);
  }
  if (args.length === 0) return b.call(cls);
  return inOrder(args, lowered, (a) => b.call(cls, ...a));
}

// new TextDecoder("utf-8", { fatal: true }) -> tsesp::TextDecoder(tsesp::String("utf-8"), true, false)
// (check/ accepts the options only as an object literal of boolean properties)
function lowerTextDecoderNew(args: readonly ts.Expression[], ctx: LowerContext): CppExpr {
  const label = args[0] ? lowerExpression(args[0], ctx) : b.tsString("utf-8");
  const flags: Record<string, CppExpr> = { fatal: b.name("false"), ignoreBOM: b.name("false") };
  const options = args[1];
  if (options && ts.isObjectLiteralExpression(options)) {
    for (const p of options.properties) {
      if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text in flags) flags[p.name.text] = lowerExpression(p.initializer, ctx);
    }
  }
  return b.call("tsesp::TextDecoder", label, flags.fatal, flags.ignoreBOM);
}

/** a.subarray(1, 3) -> a.subarray(1.0, 3.0); Uint8Array.from(xs) -> tsesp::Uint8Array(xs). */
export function lowerBytesCall(node: ts.CallExpression, callee: ts.PropertyAccessExpression, ctx: LowerContext): CppExpr | undefined {
  const method = callee.name.text;
  const args = node.arguments;
  const lowered = (): CppExpr[] => args.map((a) => lowerExpression(a, ctx));
  const staticOf = constructorName(callee.expression, ctx);
  if (staticOf) return lowerStaticCall(staticOf, method, node, ctx);
  const receiverType = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(callee.expression));
  if (!bytesTypeName(receiverType)) return undefined;
  const receiver = lowerExpression(callee.expression, ctx);
  // u8.toString() -> u8.join()
  if (method === "toString" && isTypedArrayType(receiverType)) return b.method(receiver, "join");
  // decoder.decode() -> decoder.decode(tsesp::Uint8Array())
  if (method === "decode" && args.length === 0) return b.method(receiver, "decode", b.call("tsesp::Uint8Array"));
  return inOrder(args, lowered(), (a) => b.method(receiver, method, ...a));
}

// Uint8Array.from(xs) -> tsesp::Uint8Array(xs); .from(xs, f) -> tsesp::Uint8Array::from(xs, f);
// .from(typed) -> ::copyOf(typed); Uint8Array.of(1, 2) -> tsesp::Uint8Array(tsesp::Array<double>{1.0, 2.0})
function lowerStaticCall(name: string, method: string, node: ts.CallExpression, ctx: LowerContext): CppExpr | undefined {
  const cls = BYTES_TYPES[name];
  const args = node.arguments.map((a) => lowerExpression(a, ctx));
  if (method === "of") return b.call(cls, b.braced("tsesp::Array<double>", args));
  if (method !== "from") return undefined;
  if (args.length === 1 && isTypedArrayType(ctx.checker.getTypeAtLocation(node.arguments[0]))) return b.call(`${cls}::copyOf`, args[0]);
  if (args.length === 1) return b.call(cls, args[0]);
  return inOrder(node.arguments, args, (a) => b.call(`${cls}::from`, ...a));
}

/** a.length -> a.length(); Uint8Array.BYTES_PER_ELEMENT / a.BYTES_PER_ELEMENT -> 1.0. */
export function lowerBytesProperty(node: ts.PropertyAccessExpression, ctx: LowerContext): CppExpr | undefined {
  const name = node.name.text;
  const staticOf = constructorName(node.expression, ctx);
  if (staticOf && name === "BYTES_PER_ELEMENT" && staticOf in ELEMENT_SIZES) return b.numberLiteral(ELEMENT_SIZES[staticOf]);
  // (u8?.length: the type without the undefined the chain has already checked)
  const typeName = bytesTypeName(ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node.expression)));
  if (!typeName) return undefined;
  if (name === "BYTES_PER_ELEMENT" && typeName in ELEMENT_SIZES) return b.numberLiteral(ELEMENT_SIZES[typeName]);
  return PROPERTIES.has(name) ? b.method(lowerExpression(node.expression, ctx), name) : undefined;
}

