// Type questions shared by subset rules.
import { ts } from "ts-morph";
import type { RuleContext } from "../../rule";

/** The type TypeScript gives a variable, property or parameter declaration. */
export function declaredTypeOf(
  node: ts.VariableDeclaration | ts.PropertyDeclaration | ts.ParameterDeclaration,
  ctx: RuleContext,
): ts.Type | undefined {
  const symbol = ctx.checker.getSymbolAtLocation(node.name);
  return symbol !== undefined ? ctx.checker.getTypeOfSymbolAtLocation(symbol, node) : undefined;
}

/** `undefined` removed from a union (other types unchanged). */
export function withoutUndefined(type: ts.Type): ts.Type[] {
  if (!type.isUnion()) return [type];
  return type.types.filter((t) => (t.flags & ts.TypeFlags.Undefined) === 0);
}

/** True when every type is a literal of one primitive family, so the union is really that primitive
 * (`true | false` is boolean, `"a" | "b"` a string, members of one enum that enum). */
export function isOnePrimitiveFamily(types: readonly ts.Type[]): boolean {
  if (types.length <= 1) return true;
  const families = new Set(types.map(familyOf));
  if (families.size !== 1) return false;
  const [family] = families;
  return family !== "other";
}

function familyOf(type: ts.Type): string {
  if ((type.flags & ts.TypeFlags.EnumLiteral) !== 0) {
    const member = type.getSymbol()?.declarations?.[0];
    const declaration = member !== undefined && ts.isEnumMember(member) ? member.parent : member;
    return declaration !== undefined && ts.isEnumDeclaration(declaration) ? `enum:${declaration.name.text}` : "other";
  }
  if ((type.flags & (ts.TypeFlags.BooleanLiteral | ts.TypeFlags.Boolean)) !== 0) return "boolean";
  if ((type.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.String)) !== 0) return "string";
  if ((type.flags & (ts.TypeFlags.NumberLiteral | ts.TypeFlags.Number)) !== 0) return "number";
  return "other";
}

/** True when `type` is a union that ts-esp cannot represent: anything but `T | undefined` where T
 * is one type (a literal family counts as one type). Looks into array element types. */
export function isUnsupportedUnion(type: ts.Type, checker: ts.TypeChecker, depth = 0): boolean {
  if (depth > 4) return false;
  if (checker.isArrayType(type)) {
    return checker.getTypeArguments(type as ts.TypeReference).some((t) => isUnsupportedUnion(t, checker, depth + 1));
  }
  if (!type.isUnion()) return false;
  if (type.types.some((t) => (t.flags & ts.TypeFlags.Null) !== 0)) return true;
  const rest = withoutUndefined(type);
  if (!isOnePrimitiveFamily(rest)) return true;
  return rest.some((t) => isUnsupportedUnion(t, checker, depth + 1));
}

/** `[0, 2]` used where a tuple is inferred (destructured, spread) has the type `[number, number]`:
 * compiled as an array when every element has the same type. */
export function isHomogeneousTuple(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (!checker.isTupleType(type)) return false;
  const elements = checker.getTypeArguments(type as ts.TypeReference).map((t) => checker.typeToString(checker.getBaseTypeOfLiteralType(t)));
  return elements.length > 0 && elements.every((e) => e === elements[0]);
}
