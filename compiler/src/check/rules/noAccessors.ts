// Getters and setters of classes and interfaces compile to get_x()/set_x(v) member functions
// (lower/expressions/accessors.ts). TSESP2015 refuses the rest: accessors in object literals,
// an accessor standing in for a plain property of a base class or interface (or a field for an
// accessor: the C++ layouts differ), and `??=`, `||=`, `&&=` on an accessor property.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";

const LOGICAL = new Set([ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken]);

export const noAccessors: SubsetRule = {
  code: "TSESP2015",
  name: "noAccessors",
  visit(node, ctx) {
    if ((ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) && ts.isObjectLiteralExpression(node.parent)) {
      ctx.report(report.accessor(node.name, "an accessor in an object literal", "declare a class with the getter, or use a method"));
      return;
    }
    if (ts.isClassDeclaration(node)) checkInheritedShapes(node, ctx);
    if (ts.isBinaryExpression(node) && LOGICAL.has(node.operatorToken.kind) && isAccessorProperty(node.left, ctx)) {
      ctx.report(report.accessor(node.operatorToken, `'${node.operatorToken.getText()}' on an accessor property`, "read it into a local, then assign: `if (o.x === undefined) o.x = v`"));
    }
  },
};

function isAccessorProperty(e: ts.Expression, ctx: RuleContext): boolean {
  if (!ts.isPropertyAccessExpression(e)) return false;
  const symbol = ctx.checker.getSymbolAtLocation(e.name);
  return (symbol?.flags ?? 0) & ts.SymbolFlags.Accessor ? true : false;
}

/** A class member that is an accessor where a base class or interface has a field, or the other way round. */
function checkInheritedShapes(cls: ts.ClassDeclaration, ctx: RuleContext): void {
  const symbol = cls.name && ctx.checker.getSymbolAtLocation(cls.name);
  if (!symbol) return;
  const bases = [...(ctx.checker.getDeclaredTypeOfSymbol(symbol).getBaseTypes?.() ?? [])];
  for (const h of cls.heritageClauses ?? []) {
    if (h.token === ts.SyntaxKind.ImplementsKeyword) for (const t of h.types) bases.push(ctx.checker.getTypeAtLocation(t));
  }
  const ownAccessors = new Set<string>();
  const ownFields = new Map<string, ts.Node>();
  for (const m of cls.members) {
    if (!m.name || !ts.isIdentifier(m.name)) continue;
    if (ts.isAccessor(m)) ownAccessors.add(m.name.text);
    else if (ts.isPropertyDeclaration(m)) ownFields.set(m.name.text, m.name);
  }
  for (const p of cls.members.find(ts.isConstructorDeclaration)?.parameters ?? []) {
    if (ts.isIdentifier(p.name) && ts.getModifiers(p)?.length) ownFields.set(p.name.text, p.name);
  }
  for (const base of bases) {
    for (const prop of base.getProperties()) {
      const isAccessor = (prop.flags & ts.SymbolFlags.Accessor) !== 0;
      const isField = (prop.flags & ts.SymbolFlags.Property) !== 0 && !isAccessor;
      const name = prop.getName();
      if (isField && ownAccessors.has(name)) {
        const at = cls.members.find((m) => ts.isAccessor(m) && m.name.getText() === name)!;
        ctx.report(report.accessor(at.name!, `an accessor for the field '${name}' of a base class or interface`, "declare it as an accessor there too, or use a field here"));
      } else if (isAccessor && ownFields.has(name)) {
        ctx.report(report.accessor(ownFields.get(name)!, `a field for the accessor '${name}' of a base class or interface`, "declare a getter (and setter) here too"));
      }
    }
  }
}
