// Small predicates over TypeScript nodes shared by several subset rules.
import { ts } from "ts-morph";
import type { RuleContext } from "../../rule";

export function hasDeclareModifier(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
}

/** True inside an ambient context (`declare ...`), where bodies are legitimately absent. */
export function isAmbient(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node; current !== undefined; current = current.parent) {
    if (hasDeclareModifier(current)) return true;
  }
  return node.getSourceFile().isDeclarationFile;
}

/** True when `identifier` is a reference (not a declaration name or property name) that resolves
 * to a declaration outside the sketch, or to nothing (like `arguments`). */
export function isGlobalReference(identifier: ts.Identifier, ctx: RuleContext): boolean {
  if (isNameOfDeclarationOrMember(identifier)) return false;
  const symbol = ctx.checker.getSymbolAtLocation(identifier);
  const declarations = symbol?.declarations ?? [];
  if (declarations.length === 0) return true;
  return declarations.every((d) => ctx.isEsLibDeclaration(d) || ctx.isTsEspLibDeclaration(d));
}

/** The identifier names a declaration or a member (`x` in `let x`, `o.x`, `{ x: 1 }`), not a value use. */
export function isNameOfDeclarationOrMember(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isQualifiedName(parent) && parent.right === identifier) return true;
  if ("name" in parent && (parent as { name?: ts.Node }).name === identifier) return true;
  return ts.isTypeReferenceNode(parent);
}
