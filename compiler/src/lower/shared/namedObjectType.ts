// An anonymous object type that has exactly the properties of one of the sketch's interfaces (the
// rest of `const { id, ...rest } = msg`) is that interface: the first interface, in module order,
// whose properties have the same names, optionality and mutually assignable types. check/ accepts
// object rest elements only when such an interface exists (check/rules/noDestructuring.ts).
import { ts } from "ts-morph";
import type { LowerContext } from "../context";

export function namedInterfaceOf(type: ts.Type, ctx: LowerContext): ts.InterfaceDeclaration | undefined {
  if (!(type.flags & ts.TypeFlags.Object) || type.getSymbol()?.declarations?.some((d) => ts.isInterfaceDeclaration(d) || ts.isClassDeclaration(d))) return undefined;
  for (const module of ctx.modules.values()) {
    for (const statement of module.sourceFile.statements) {
      if (!ts.isInterfaceDeclaration(statement) || statement.typeParameters) continue;
      if (hasSameProperties(type, ctx.checker.getTypeAtLocation(statement.name), ctx.checker)) return statement;
    }
  }
  return undefined;
}

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
