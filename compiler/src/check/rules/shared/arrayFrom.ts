// The sources `Array.from(source, mapFn?)` compiles (lower/library/arrayFrom.ts): an array, a typed
// array, a string, a Set, a Map's or Set's keys()/values(), or `{ length: n }` with a map function.
import { ts } from "ts-morph";
import type { RuleContext } from "../../rule";
import { isTypedArray } from "./bytes";

function libCollection(type: ts.Type, ctx: RuleContext): string | undefined {
  const symbol = type.getSymbol();
  const name = symbol?.getName();
  return (name === "Map" || name === "Set") && (symbol?.declarations ?? []).every((d) => ctx.isEsLibDeclaration(d)) ? name : undefined;
}

/** `m.keys()` / `s.values()` written as the source of Array.from or of `new Set(...)`. */
export function isArrayFromIteratorSource(call: ts.CallExpression, ctx: RuleContext): boolean {
  const from = call.parent;
  const isSetSource = ts.isNewExpression(from) && from.arguments?.[0] === call && ts.isIdentifier(from.expression) && from.expression.text === "Set";
  if (!isSetSource && !(ts.isCallExpression(from) && from.arguments[0] === call && isArrayFromCallee(from.expression, ctx))) return false;
  if (!ts.isPropertyAccessExpression(call.expression) || call.arguments.length > 0) return false;
  const method = call.expression.name.text;
  return (method === "keys" || method === "values") && libCollection(ctx.checker.getTypeAtLocation(call.expression.expression), ctx) !== undefined;
}

/** `{ length: n }` written as the source of Array.from with a map function. */
export function isArrayFromLengthSource(node: ts.ObjectLiteralExpression, ctx: RuleContext): boolean {
  const from = node.parent;
  if (!ts.isCallExpression(from) || from.arguments[0] !== node || from.arguments.length !== 2 || !isArrayFromCallee(from.expression, ctx)) return false;
  return node.properties.length === 1 && ts.isPropertyAssignment(node.properties[0]) && ts.isIdentifier(node.properties[0].name) &&
    node.properties[0].name.text === "length";
}

function isArrayFromCallee(callee: ts.Expression, ctx: RuleContext): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "from" || !ts.isIdentifier(callee.expression) || callee.expression.text !== "Array") return false;
  const decls = ctx.checker.getSymbolAtLocation(callee.expression)?.declarations ?? [];
  return decls.length > 0 && decls.every((d) => ctx.isEsLibDeclaration(d));
}

/** True if Array.from compiles with this source (and argument count). */
export function isArrayFromSource(call: ts.CallExpression, ctx: RuleContext): boolean {
  const source = call.arguments[0];
  if (!source || call.arguments.length > 2) return false;
  if (ts.isObjectLiteralExpression(source)) return isArrayFromLengthSource(source, ctx);
  if (ts.isCallExpression(source) && isArrayFromIteratorSource(source, ctx)) return true;
  const type = ctx.checker.getTypeAtLocation(source);
  return ctx.checker.isArrayType(type) || isTypedArray(type, ctx) || (type.flags & ts.TypeFlags.StringLike) !== 0 || libCollection(type, ctx) === "Set";
}

/** `new Map([[k, v], ...])` (pair literals), `new Map(otherMap)`, `new Set(source)` for any Array.from source but `{ length }`. */
export function isCollectionSource(node: ts.NewExpression, name: "Map" | "Set", ctx: RuleContext): boolean {
  const args = node.arguments ?? [];
  if (args.length === 0) return true;
  if (args.length > 1) return false;
  const source = args[0];
  const type = ctx.checker.getTypeAtLocation(source);
  if (name === "Map") {
    if (libCollection(type, ctx) === "Map") return true;
    return ts.isArrayLiteralExpression(source) && source.elements.every((e) => ts.isArrayLiteralExpression(e) && e.elements.length === 2 &&
      e.elements.every((x) => !ts.isSpreadElement(x)));
  }
  if (ts.isCallExpression(source) && isArrayFromIteratorSource(source, ctx)) return true;
  return ctx.checker.isArrayType(type) || isTypedArray(type, ctx) || (type.flags & ts.TypeFlags.StringLike) !== 0 || libCollection(type, ctx) === "Set";
}
