// `x as T`, `<T>x`, `x satisfies T` -> TSESP2018: they change types without a run-time check.
// (`x!` is accepted: lower/ unwraps the optional value.) `as const` is accepted on array literals
// (a readonly array of the same values) and on the object literal of a module-level
// `const CONFIG = { ... } as const` (a struct CONFIG_type, lower/classes.ts).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { isCaughtErrorAssertion } from "./shared/errors";
import { isJsonParseCall } from "./shared/json";

export const noTypeAssertions: SubsetRule = {
  code: "TSESP2018",
  name: "noTypeAssertions",
  visit(node, ctx) {
    if (ts.isAsExpression(node) && isAcceptedConstAssertion(node)) return;
    if (ts.isAsExpression(node) && isJsonParseCall(node.expression)) return; // JSON.parse(s) as T: a checked parser (noUnsupportedMembers)
    if (ts.isAsExpression(node) && isCaughtErrorAssertion(node, ctx.checker)) return; // (e as Error).message on a caught value
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node)) {
      ctx.report(report.typeAssertion(node));
    }
  },
};

export function isAcceptedConstAssertion(node: ts.AsExpression): boolean {
  if (!ts.isConstTypeReference(node.type)) return false;
  let inner: ts.Expression = node.expression;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  if (ts.isArrayLiteralExpression(inner)) return true;
  const d = node.parent;
  return ts.isObjectLiteralExpression(inner) && inner === node.expression && ts.isVariableDeclaration(d) && ts.isIdentifier(d.name) &&
    (d.parent.flags & ts.NodeFlags.Const) !== 0 && ts.isVariableStatement(d.parent.parent) && ts.isSourceFile(d.parent.parent.parent);
}
