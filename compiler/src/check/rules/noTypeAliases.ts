// `type Point = { x: number }`, generic aliases and aliases inside functions -> TSESP2049 (use an
// interface). Accepted: a module-level alias that names other types, e.g. `type Shape = Circle |
// Square`, `type Reading = number | undefined` (lowering sees through it).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noTypeAliases: SubsetRule = {
  code: "TSESP2049",
  name: "noTypeAliases",
  visit(node, ctx) {
    if (ts.isTypeAliasDeclaration(node) && !isNamingAlias(node)) ctx.report(report.typeAlias(node.name));
  },
};

function isNamingAlias(node: ts.TypeAliasDeclaration): boolean {
  if (node.typeParameters || !ts.isSourceFile(node.parent)) return false;
  const names = (t: ts.TypeNode): boolean =>
    ts.isUnionTypeNode(t) ? t.types.every(names) : ts.isParenthesizedTypeNode(t) ? names(t.type) : !ts.isTypeLiteralNode(t);
  return names(node.type);
}
