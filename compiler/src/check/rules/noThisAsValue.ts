// `return this`, `register(this)`, `const self = this` -> TSESP2000: lower/ spells `this` as the raw
// C++ pointer, which only member access (`this.x`, `this.f()`) may use for now.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noThisAsValue: SubsetRule = {
  code: "TSESP2000",
  name: "noThisAsValue",
  visit(node, ctx) {
    if (node.kind !== ts.SyntaxKind.ThisKeyword) return;
    let parent = node.parent;
    while (ts.isParenthesizedExpression(parent)) parent = parent.parent;
    if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression !== undefined) return;
    if (ts.isTypeNode(parent) || ts.isTypePredicateNode(parent) || !isInClassMember(node)) return; // else noThisOutsideClass
    ctx.report(report.unsupportedSyntax(node, "'this' as a value", "use `this` for member access only (`this.count`); return or pass the fields you need"));
  },
};

function isInClassMember(node: ts.Node): boolean {
  for (let current = node.parent; !ts.isSourceFile(current); current = current.parent) {
    if (ts.isArrowFunction(current)) continue;
    if (ts.isClassLike(current.parent) && ts.isClassElement(current)) return true;
    if (ts.isFunctionLike(current)) return false;
  }
  return false;
}
