// The argument shapes of binary-data constructors and statics the compiler implements
// (lower/library/bytes.ts): `new Uint8Array()`, `(length)`, `(numbers)`, `(typedArray)`,
// `(buffer, byteOffset?, length?)`; `new ArrayBuffer(n)`; `new DataView(buffer, byteOffset?, byteLength?)`;
// `Uint8Array.from(numbers | typedArray, mapFn?)`. Anything else (iterables, array-likes) -> TSESP2028/2029.
import { ts } from "ts-morph";
import { report } from "../../../diagnostics/report";
import type { RuleContext } from "../../rule";
import { TYPED_ARRAY_NAMES } from "./library";

const TYPED = new Set(TYPED_ARRAY_NAMES);

function libTypeName(type: ts.Type, ctx: RuleContext): string | undefined {
  const symbol = type.getSymbol();
  const decls = symbol?.declarations ?? [];
  return decls.length > 0 && decls.every((d) => ctx.isEsLibDeclaration(d)) ? symbol?.getName() : undefined;
}

export function isTypedArray(type: ts.Type, ctx: RuleContext): boolean {
  return TYPED.has(libTypeName(type, ctx) ?? "");
}

function isBuffer(type: ts.Type, ctx: RuleContext): boolean {
  if (type.isUnion()) return type.types.every((t) => isBuffer(t, ctx));
  const name = libTypeName(type, ctx);
  return name === "ArrayBuffer" || name === "SharedArrayBuffer";
}

const isNumber = (type: ts.Type): boolean => (type.flags & ts.TypeFlags.NumberLike) !== 0;

function isNumberArray(type: ts.Type, ctx: RuleContext): boolean {
  return ctx.checker.isArrayType(type) && isNumber(ctx.checker.getTypeArguments(type as ts.TypeReference)[0]);
}

/** True for what `X.from(source)` / `new X(source)` copies: a number[] or a typed array. */
export function isByteSource(type: ts.Type, ctx: RuleContext): boolean {
  return isNumberArray(type, ctx) || isTypedArray(type, ctx);
}

export function checkBytesConstructor(node: ts.NewExpression, name: string, ctx: RuleContext): void {
  const types = (node.arguments ?? []).map((a) => ctx.checker.getTypeAtLocation(a));
  const restNumbers = (from: number): boolean => types.slice(from).every(isNumber);
  let ok: boolean;
  if (name === "ArrayBuffer") ok = types.length === 1 && isNumber(types[0]);
  else if (name === "DataView") ok = types.length >= 1 && types.length <= 3 && isBuffer(types[0], ctx) && restNumbers(1);
  else if (types.length === 0) ok = true;
  else if (types.length === 1) ok = isNumber(types[0]) || isByteSource(types[0], ctx) || isBuffer(types[0], ctx);
  else ok = types.length <= 3 && isBuffer(types[0], ctx) && restNumbers(1);
  if (ok) return;
  const hint = name === "ArrayBuffer" ? "pass the length in bytes"
    : name === "DataView" ? "pass an ArrayBuffer (e.g. `bytes.buffer`), then optional byteOffset and byteLength"
    : "pass a length, a number[], another typed array, or an ArrayBuffer with optional byteOffset and length";
  ctx.report(report.unsupportedBuiltin(node, `new ${name}(...) with these arguments`, hint));
}

/** `{ fatal: true }` / `{ ignoreBOM: b }` written as the options of `new TextDecoder(label, ...)` (lib/text.d.ts). */
export function isTextDecoderOptions(node: ts.ObjectLiteralExpression, ctx: RuleContext): boolean {
  const call = node.parent;
  if (!ts.isNewExpression(call) || call.arguments?.[1] !== node || !ts.isIdentifier(call.expression)) return false;
  const decls = ctx.checker.getSymbolAtLocation(call.expression)?.declarations ?? [];
  if (call.expression.text !== "TextDecoder" || decls.length === 0 || !decls.every((d) => ctx.isTsEspLibDeclaration(d))) return false;
  return node.properties.every((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && (p.name.text === "fatal" || p.name.text === "ignoreBOM"));
}
