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

const NULLISH = ts.TypeFlags.Undefined | ts.TypeFlags.Null;

/** `undefined` and `null` removed from a union (other types unchanged). */
export function withoutUndefined(type: ts.Type): ts.Type[] {
  if (!type.isUnion()) return [type];
  return type.types.filter((t) => (t.flags & NULLISH) === 0);
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

/** True when `type` is a union that ts-esp cannot represent (see unionProblem). Looks into array
 * element types. */
export function isUnsupportedUnion(type: ts.Type, checker: ts.TypeChecker, depth = 0): boolean {
  return unionProblem(type, checker, depth) !== undefined;
}

/**
 * Why a union cannot be compiled, or undefined when it can. Accepted: any mix of undefined, null and
 * members of different run-time kinds (number, boolean, string, one array type, one function type,
 * one Map/Set type, object types); several object types only when a run-time check can tell them
 * apart: all classes (`instanceof`), a literal discriminant (`kind: "circle"`) or a property of its
 * own in each member (`"radius" in shape`).
 */
export function unionProblem(type: ts.Type, checker: ts.TypeChecker, depth = 0): string | undefined {
  if (depth > 4) return undefined;
  if (checker.isArrayType(type)) {
    for (const t of checker.getTypeArguments(type as ts.TypeReference)) {
      const problem = unionProblem(t, checker, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  if (!type.isUnion()) return undefined;
  const rest = withoutUndefined(type);
  const byKind = new Map<string, ts.Type[]>();
  for (const t of rest) {
    const kind = runtimeKindOf(t, checker);
    byKind.set(kind, [...(byKind.get(kind) ?? []), t]);
  }
  for (const [kind, members] of byKind) {
    if (kind === "object" || kind === "number" || kind === "string" || kind === "boolean") continue;
    const distinct = new Set(members.map((m) => checker.typeToString(checker.getBaseTypeOfLiteralType(m))));
    if (distinct.size > 1) return `${kind} types that cannot be told apart at run time`;
  }
  const objects = byKind.get("object") ?? [];
  if (objects.length > 1 && !canTellApart(objects, checker)) return "object types without a discriminant";
  for (const t of rest) {
    const problem = unionProblem(t, checker, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

function runtimeKindOf(t: ts.Type, checker: ts.TypeChecker): string {
  const family = familyOf(t);
  if (family !== "other" && !family.startsWith("enum:")) return family;
  if (family.startsWith("enum:")) return "number";
  if (checker.isArrayType(t) || checker.isTupleType(t)) return "array";
  const name = t.getSymbol()?.getName();
  if (name === "Map" || name === "Set") return "collection";
  if (t.getCallSignatures().length > 0 && t.getProperties().length === 0) return "function";
  return "object";
}

/** Several object types are told apart by instanceof (all classes), a literal discriminant, or `in`. */
function canTellApart(objects: readonly ts.Type[], checker: ts.TypeChecker): boolean {
  if (objects.every((o) => o.getSymbol()?.declarations?.some(ts.isClassDeclaration))) return true;
  if (discriminantOf(objects, checker) !== undefined) return true;
  return objects.every((o) => o.getProperties().some((p) => !isOptionalSymbol(p) && objects.every((other) => other === o || other.getProperty(p.getName()) === undefined)));
}

/** A property every member declares with a literal type, a different literal in each member. */
export function discriminantOf(objects: readonly ts.Type[], checker: ts.TypeChecker): string | undefined {
  for (const p of objects[0].getProperties()) {
    const values = objects.map((o) => {
      const own = o.getProperty(p.getName());
      const t = own ? checker.getTypeOfSymbol(own) : undefined;
      return t && t.isLiteral() ? String(t.value) : t && t.flags & ts.TypeFlags.BooleanLiteral ? checker.typeToString(t) : undefined;
    });
    if (values.every((v) => v !== undefined) && new Set(values).size === values.length) return p.getName();
  }
  return undefined;
}

export function isOptionalSymbol(p: ts.Symbol): boolean {
  return (p.flags & ts.SymbolFlags.Optional) !== 0;
}

/** `[0, 2]` used where a tuple is inferred (destructured, spread) has the type `[number, number]`:
 * compiled as an array when every element has the same type. */
export function isHomogeneousTuple(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (!checker.isTupleType(type)) return false;
  const elements = checker.getTypeArguments(type as ts.TypeReference).map((t) => checker.typeToString(checker.getBaseTypeOfLiteralType(t)));
  return elements.length > 0 && elements.every((e) => e === elements[0]);
}
