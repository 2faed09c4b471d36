// Aliases inside functions, and unions of object type literals -> TSESP2049. Accepted at module
// level: aliases that name other types (`type Shape = Circle | Square`, `type Pin = number`,
// `type Handler<T> = (e: T) => void`; lowering sees through them) and object shapes
// (`type Point = { x: number }`, also generic: lowered as a struct like an interface).
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
  if (!ts.isSourceFile(node.parent)) return false;
  // type Point = { x: number } / type Pair<T> = { a: T; b: T }: a struct, as an interface (lower/classes.ts)
  if (ts.isTypeLiteralNode(node.type)) return true;
  const names = (t: ts.TypeNode): boolean =>
    ts.isUnionTypeNode(t) ? t.types.every(names) : ts.isParenthesizedTypeNode(t) ? names(t.type) : !ts.isTypeLiteralNode(t);
  return names(node.type);
}
