// Record<string, V> (and Record<"a" | "b", V>, Record<StringEnum, V>): the dictionary uses
// lower/library/record.ts compiles onto tsesp::Record (map.h's insertion-ordered table): object
// literals with plain properties, r[k], r.name, r[k] = v, `k in r`, Object.keys/values(r),
// `for (const [k, v] of Object.entries(r))`, console.log, JSON.stringify. The rules ask here.
import { ts } from "ts-morph";
import type { RuleContext } from "../../rule";

/** The value type V of a `Record<K, V>` whose K is string, string literals or a string enum. */
export function recordValueType(type: ts.Type): ts.Type | undefined {
  const alias = type.aliasSymbol;
  if (alias?.getName() !== "Record" || !alias.declarations?.every((d) => d.getSourceFile().isDeclarationFile)) return undefined;
  const [key, value] = type.aliasTypeArguments ?? [];
  return key && value && isStringKey(key) ? value : undefined;
}

const isStringKey = (t: ts.Type): boolean => (t.flags & ts.TypeFlags.StringLike) !== 0 || (t.isUnion() && t.types.every(isStringKey));

export const isRecordType = (t: ts.Type, ctx: RuleContext): boolean => recordValueType(ctx.checker.getNonNullableType(t)) !== undefined;
export const isRecordExpression = (node: ts.Expression, ctx: RuleContext): boolean => isRecordType(ctx.checker.getTypeAtLocation(node), ctx);

/** `Object.keys(r)`, `Object.values(r)` anywhere; `Object.entries(r)` only as a for...of source. */
export function isRecordObjectCall(node: ts.Node, ctx: RuleContext): boolean {
  if (!ts.isPropertyAccessExpression(node) || !ts.isCallExpression(node.parent) || node.parent.expression !== node) return false;
  const call = node.parent;
  if (call.arguments.length !== 1 || !isRecordExpression(call.arguments[0], ctx)) return false;
  const method = node.name.text;
  if (method === "keys" || method === "values") return true;
  return method === "entries" && isEntriesLoopSource(call);
}

/** `for (const [k, v] of Object.entries(r))` */
export function isEntriesLoopSource(call: ts.Expression): boolean {
  const loop = call.parent;
  if (!ts.isForOfStatement(loop) || loop.expression !== call || !ts.isVariableDeclarationList(loop.initializer)) return false;
  const decls = loop.initializer.declarations;
  return decls.length === 1 && ts.isArrayBindingPattern(decls[0].name) &&
    decls[0].name.elements.every((e) => ts.isOmittedExpression(e) || (ts.isIdentifier(e.name) && !e.dotDotDotToken && !e.initializer));
}

/** Every property of a literal is `key: value` / `key` with an identifier, string or number name. */
export const hasPlainProperties = (node: ts.ObjectLiteralExpression): boolean =>
  node.properties.every((p) => ts.isShorthandPropertyAssignment(p) ||
    (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name))));
