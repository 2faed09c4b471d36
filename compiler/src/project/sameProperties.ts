// Structural identity of object types for object rest elements: the rest of
// `const { id, ...rest } = msg` is compiled as the sketch interface with exactly its properties
// (same names, optionality and mutually assignable types; no methods). check/rules/noDestructuring.ts
// accepts the rest only when such an interface exists; lower/shared/namedObjectType.ts picks it. It lives
// beside constArrays.ts because both phases ask it and neither may import the other.
import { ts } from "ts-morph";

export function hasSameProperties(a: ts.Type, b: ts.Type, checker: ts.TypeChecker): boolean {
  const pa = a.getProperties();
  const pb = b.getProperties();
  if (pa.length !== pb.length || pa.length === 0) return false;
  return pa.every((p) => {
    const q = b.getProperty(p.name);
    if (!q || (p.flags & ts.SymbolFlags.Optional) !== (q.flags & ts.SymbolFlags.Optional)) return false;
    if (!q.valueDeclaration || ts.isMethodSignature(q.valueDeclaration)) return false;
    const tp = checker.getTypeOfSymbol(p);
    const tq = checker.getTypeOfSymbol(q);
    return checker.isTypeAssignableTo(tp, tq) && checker.isTypeAssignableTo(tq, tp);
  });
}
