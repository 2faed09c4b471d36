// What JSON the compiler implements (lower/library/json.ts): JSON.stringify(value, null?, space?) and
// `JSON.parse(text) as T` for T built from number, string, boolean, arrays, `?:` / `| undefined` /
// `| null` members and the sketch's own interfaces (no methods, no recursion).
import { ts } from "ts-morph";
import type { RuleContext } from "../../rule";

/** The `as T` a JSON.parse call is the operand of, if any. */
export function jsonParseAssertion(call: ts.CallExpression): ts.AsExpression | undefined {
  let node: ts.Node = call.parent;
  while (ts.isParenthesizedExpression(node)) node = node.parent;
  return ts.isAsExpression(node) ? node : undefined;
}

export function isJsonParseCall(e: ts.Expression): e is ts.CallExpression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ts.isIdentifier(e.expression.expression) &&
    e.expression.expression.text === "JSON" && e.expression.name.text === "parse";
}

/** Why `JSON.parse(s) as type` cannot be compiled, or undefined if it can. */
export function unparsableReason(type: ts.Type, ctx: RuleContext, seen: ts.Type[] = []): string | undefined {
  const f = type.flags;
  if (f & (ts.TypeFlags.NumberLike | ts.TypeFlags.StringLike | ts.TypeFlags.BooleanLike)) return undefined;
  if (type.isUnion()) {
    const rest = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
    if (rest.length === 2 && rest.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return undefined;
    if (rest.length !== 1) return `the union '${ctx.checker.typeToString(type)}'`;
    return unparsableReason(rest[0], ctx, seen);
  }
  if (ctx.checker.isArrayType(type)) return unparsableReason(ctx.checker.getTypeArguments(type as ts.TypeReference)[0], ctx, seen);
  const symbol = type.getSymbol();
  const decls = symbol?.declarations ?? [];
  const name = ctx.checker.typeToString(type);
  if (decls.length === 0 || !decls.every((d) => ts.isInterfaceDeclaration(d) && !ctx.isEsLibDeclaration(d) && !ctx.isTsEspLibDeclaration(d))) {
    return `'${name}' (only numbers, strings, booleans, arrays and the sketch's interfaces are read)`;
  }
  if (seen.includes(type)) return `the recursive interface '${name}'`;
  for (const property of ctx.checker.getPropertiesOfType(type)) {
    const decl = property.declarations?.[0];
    if (decl && ts.isMethodSignature(decl)) return `'${name}', which declares a method`;
    const reason = unparsableReason(ctx.checker.getTypeOfSymbol(property), ctx, [...seen, type]);
    if (reason) return reason;
  }
  return undefined;
}
