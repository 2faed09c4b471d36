// Record<string, V> (also Record<"a" | "b", V> and Record<StringEnum, V>) -> tsesp::Record<V>
// (runtime-cpp/src/tsesp/record.h, on map.h's insertion-ordered table):
//   { temp: 80 }   -> tsesp::Record<double>().with(tsesp::String("temp"), 80.0)
//   r[k], r.temp   -> r.get(k) (missing: undefinedOf<V>(), NaN for number)
//   r[k] = v       -> r.slot(k) = v (expressions/assignment.ts), r.temp = v -> r.slot("temp") = v
//   k in r         -> r.has(k)
//   Object.keys(r) / Object.values(r) -> r.keys() / r.values(); Object.entries(r) only as a for...of
//   source (statements/ForOfCollection.ts). check/rules/shared/record.ts accepts exactly these.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";

/** The value type V of a `Record<K, V>` whose K is string, string literals or a string enum. */
export function recordValueType(type: ts.Type): ts.Type | undefined {
  const alias = type.aliasSymbol;
  if (alias?.getName() !== "Record" || !alias.declarations?.every((d) => d.getSourceFile().isDeclarationFile)) return undefined;
  const [key, value] = type.aliasTypeArguments ?? [];
  return key && value && isStringKey(key) ? value : undefined;
}

const isStringKey = (t: ts.Type): boolean => (t.flags & ts.TypeFlags.StringLike) !== 0 || (t.isUnion() && t.types.every(isStringKey));

export const isRecordExpression = (node: ts.Expression, ctx: LowerContext): boolean =>
  recordValueType(ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node))) !== undefined;

/** A property name's key text: `temp`, `"co2-ppm"`, `1`. */
function keyText(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  return undefined;
}

/** `{ temp: 80, hum }` with a Record contextual type; undefined when a property is not a plain one. */
export function lowerRecordLiteral(node: ts.ObjectLiteralExpression, cppType: string, lower: (e: ts.Expression) => CppExpr): CppExpr | undefined {
  let out: CppExpr = b.call(cppType);
  for (const p of node.properties) {
    if (ts.isShorthandPropertyAssignment(p)) {
      out = b.method(out, "with", b.tsString(p.name.text), lower(p.name));
      continue;
    }
    const key = ts.isPropertyAssignment(p) ? keyText(p.name) : undefined;
    if (!ts.isPropertyAssignment(p) || key === undefined) return undefined;
    out = b.method(out, "with", b.tsString(key), lower(p.initializer));
  }
  return out;
}

/** `r.temp` on a Record: the keyed read, or the slot when assigned. */
export function lowerRecordProperty(object: CppExpr, name: string, target: boolean): CppExpr {
  return b.method(object, target ? "slot" : "get", b.tsString(name));
}

/** Object.keys(r), Object.values(r) */
export function lowerObjectCall(node: ts.CallExpression, method: string, lower: (e: ts.Expression) => CppExpr): CppExpr | undefined {
  if ((method !== "keys" && method !== "values") || node.arguments.length !== 1) return undefined;
  return b.method(lower(node.arguments[0]), method);
}

/** `Object.entries(r)` as a for...of source: the expression r. */
export function objectEntriesSource(expr: ts.Expression, ctx: LowerContext): ts.Expression | undefined {
  if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression) || expr.arguments.length !== 1) return undefined;
  const callee = expr.expression;
  if (!ts.isIdentifier(callee.expression) || callee.expression.text !== "Object" || callee.name.text !== "entries") return undefined;
  return isRecordExpression(expr.arguments[0], ctx) ? expr.arguments[0] : undefined;
}
