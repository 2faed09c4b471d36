// `this` at top level, in a function declaration or in an object literal method -> TSESP2046.
// Accepted: `this` in class constructors, methods, property initializers, and arrows inside them.
// `this` in a static member (the class itself) -> TSESP2054.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noThisOutsideClass: SubsetRule = {
  code: "TSESP2046",
  name: "noThisOutsideClass",
  visit(node, ctx) {
    if (node.kind !== ts.SyntaxKind.ThisKeyword) return;
    const member = enclosingClassMember(node);
    if (member === undefined) return ctx.report(report.thisOutsideClass(node));
    if (isStatic(member)) {
      const className = member.parent.name?.text ?? "TheClass";
      const accessed = ts.isPropertyAccessExpression(node.parent) ? node.parent.name.getText() : "member";
      ctx.report(report.thisInStatic(node, className, accessed));
    }
  },
};

/** The class member whose `this` this is, or undefined (top level, plain function, object literal). */
function enclosingClassMember(node: ts.Node): (ts.ClassElement & { parent: ts.ClassLikeDeclaration }) | undefined {
  for (let current = node.parent; !ts.isSourceFile(current); current = current.parent) {
    if (ts.isArrowFunction(current)) continue; // arrows see the enclosing `this`
    if (ts.isClassLike(current.parent) && ts.isClassElement(current)) {
      return current as ts.ClassElement & { parent: ts.ClassLikeDeclaration };
    }
    if (ts.isFunctionLike(current)) return undefined;
  }
  return undefined;
}

function isStatic(member: ts.ClassElement): boolean {
  return ts.canHaveModifiers(member) && (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
}
