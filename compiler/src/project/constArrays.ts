// `[2, 4, 5] as const` has a readonly tuple type in TypeScript; ts-esp compiles a tuple whose
// elements all have one primitive kind (or one object type) as an array. The checker both check/
// and lower/ read is wrapped so that isArrayType() says so, and every array rule and lowering
// (indexing, for...of, length, library methods) applies to such tuples unchanged.
import { ts } from "ts-morph";

const KINDS = [ts.TypeFlags.NumberLike, ts.TypeFlags.StringLike, ts.TypeFlags.BooleanLike];

function isHomogeneousTuple(checker: ts.TypeChecker, type: ts.Type): boolean {
  if (!checker.isTupleType(type)) return false;
  const elements = checker.getTypeArguments(type as ts.TypeReference);
  if (elements.length === 0) return false;
  const kind = KINDS.find((k) => elements[0].flags & k);
  if (kind !== undefined) return elements.every((t) => (t.flags & kind) !== 0);
  return elements.every((t) => t === elements[0] && (t.flags & ts.TypeFlags.Object) !== 0);
}

/** The checker with isArrayType() true for homogeneous (readonly) tuples too. */
export function withConstArrays(checker: ts.TypeChecker): ts.TypeChecker {
  const isArrayType = (t: ts.Type): boolean => checker.isArrayType(t) || isHomogeneousTuple(checker, t);
  return new Proxy(checker, { get: (target, prop, receiver) => (prop === "isArrayType" ? isArrayType : Reflect.get(target, prop, receiver)) });
}
