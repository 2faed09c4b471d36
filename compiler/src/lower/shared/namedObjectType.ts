// An anonymous object type that has exactly the properties of one of the sketch's interfaces (the
// rest of `const { id, ...rest } = msg`) is that interface: the first interface, in module order,
// whose properties have the same names, optionality and mutually assignable types. check/ accepts
// object rest elements only when such an interface exists (check/rules/noDestructuring.ts).
import { ts } from "ts-morph";
import { hasSameProperties } from "../../project/sameProperties";
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
