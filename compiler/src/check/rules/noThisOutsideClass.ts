// `this` at top level, in a function declaration or in an object literal method -> TSESP2046.
// Accepted: `this` in class constructors, methods, property initializers, and arrows inside them.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noThisOutsideClass: SubsetRule = {
  code: "TSESP2046",
  name: "noThisOutsideClass",
  visit(node, ctx) {
    if (node.kind === ts.SyntaxKind.ThisKeyword && !isInsideClassMember(node)) ctx.report(report.thisOutsideClass(node));
  },
};

function isInsideClassMember(node: ts.Node): boolean {
  for (let current = node.parent; !ts.isSourceFile(current); current = current.parent) {
    if (ts.isArrowFunction(current)) continue; // arrows see the enclosing `this`
    if (ts.isClassLike(current.parent) && ts.isClassElement(current)) return true;
    if (ts.isFunctionLike(current)) return false;
  }
  return false;
}
