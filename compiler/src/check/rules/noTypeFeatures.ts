// Type syntax the compiler has no C++ type for: tuples `[number, string]`, intersections `A & B`,
// object type literals `{ x: number }`, `keyof`, `typeof x`, mapped,
// conditional and indexed types, `this` types, type predicates -> TSESP2050; `symbol` -> TSESP2026.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

const USE_INTERFACE = "declare an interface with named properties";

const REFUSED: Partial<Record<ts.SyntaxKind, [string, string]>> = {
  [ts.SyntaxKind.TupleType]: ["tuple", "use an interface with named properties, or an array of one type"],
  [ts.SyntaxKind.IntersectionType]: ["intersection", "declare an interface that extends both"],
  [ts.SyntaxKind.TypeLiteral]: ["object literal", USE_INTERFACE],
  [ts.SyntaxKind.MappedType]: ["mapped", USE_INTERFACE],
  [ts.SyntaxKind.ConditionalType]: ["conditional", "write the resulting type"],
  [ts.SyntaxKind.TypeOperator]: ["'keyof' and 'unique'", "write the type itself"],
  [ts.SyntaxKind.IndexedAccessType]: ["indexed access", "write the type itself"],
  [ts.SyntaxKind.TypeQuery]: ["'typeof'", "write the type itself"],
  [ts.SyntaxKind.TemplateLiteralType]: ["template literal", "use string"],
  [ts.SyntaxKind.ThisType]: ["'this'", "name the class"],
  [ts.SyntaxKind.TypePredicate]: ["type predicate", "return boolean"],
  [ts.SyntaxKind.ConstructorType]: ["constructor", "pass a function that creates the object"],
  [ts.SyntaxKind.ImportType]: ["'import(...)'", "import the type with an import declaration"],
  [ts.SyntaxKind.ObjectKeyword]: ["'object'", USE_INTERFACE],
  [ts.SyntaxKind.CallSignature]: ["call signature", "use a property of function type: `run: (x: number) => void`"],
  [ts.SyntaxKind.ConstructSignature]: ["construct signature", "pass a function that creates the object"],
  [ts.SyntaxKind.NeverKeyword]: ["'never'", "use void for functions that do not return a value (`never` is accepted on a variable or parameter)"],
};

export const noTypeFeatures: SubsetRule = {
  code: "TSESP2050",
  name: "noTypeFeatures",
  visit(node, ctx) {
    if (node.kind === ts.SyntaxKind.SymbolKeyword) return ctx.report(report.symbol(node));
    // literal types (`kind: "circle"`, `"on" | "off"`, `null`) compile as their primitive (or Optional)
    if (ts.isLiteralTypeNode(node)) return;
    // `const unreachable: never = shape` in an exhaustive switch's default, `assertNever(x: never)`
    if (node.kind === ts.SyntaxKind.NeverKeyword && (ts.isVariableDeclaration(node.parent) || ts.isParameter(node.parent))) return;
    if (isDeclarationSideType(node)) return;
    const refused = REFUSED[node.kind];
    if (refused !== undefined && isTypeSyntax(node)) ctx.report(report.typeFeature(node, refused[0], refused[1]));
  },
};

/**
 * Type syntax lowering sees through (lower/types.ts): `type Point = { x: number }` (a struct, as an
 * interface), `readonly T[]` / `readonly [a, b]` (an array), and `(typeof PINS)[number]`, the element
 * type of an `as const` array.
 */
function isDeclarationSideType(node: ts.Node): boolean {
  if (ts.isTypeLiteralNode(node)) return ts.isTypeAliasDeclaration(node.parent) && node.parent.type === node;
  if (ts.isTypeOperatorNode(node)) return node.operator === ts.SyntaxKind.ReadonlyKeyword;
  const elementOfConst = (n: ts.Node): boolean =>
    ts.isIndexedAccessTypeNode(n) && n.indexType.kind === ts.SyntaxKind.NumberKeyword &&
    ts.isTypeQueryNode(ts.isParenthesizedTypeNode(n.objectType) ? n.objectType.type : n.objectType);
  if (ts.isIndexedAccessTypeNode(node)) return elementOfConst(node);
  if (ts.isTypeQueryNode(node)) {
    const p = ts.isParenthesizedTypeNode(node.parent) ? node.parent.parent : node.parent;
    return elementOfConst(p);
  }
  return false;
}

/** `typeof` / keywords also occur in expressions; only type syntax is meant here. */
function isTypeSyntax(node: ts.Node): boolean {
  return ts.isTypeNode(node) || ts.isCallSignatureDeclaration(node) || ts.isConstructSignatureDeclaration(node) ||
    node.kind === ts.SyntaxKind.ObjectKeyword || node.kind === ts.SyntaxKind.NeverKeyword;
}
