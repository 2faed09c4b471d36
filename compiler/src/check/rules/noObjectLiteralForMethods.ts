// `const s: Shape = { area: () => 1 }` where `interface Shape { area(): number }` -> TSESP2000:
// lower/ gives such interfaces virtual methods, which only classes implement. Property members of
// function type (`area: () => number`) work with object literals.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { isArrayFromLengthSource } from "./shared/arrayFrom";
import { withoutUndefined } from "./shared/types";

export const noObjectLiteralForMethods: SubsetRule = {
  code: "TSESP2000",
  name: "noObjectLiteralForMethods",
  visit(node, ctx) {
    if (!ts.isObjectLiteralExpression(node)) return;
    if (isArrayFromLengthSource(node, ctx)) return; // Array.from({ length: n }, f) (shared/arrayFrom.ts)
    const contextual = ctx.checker.getContextualType(node);
    if (contextual === undefined) return;
    for (const type of withoutUndefined(contextual)) {
      const hasMethods = type.getProperties().some((p) => (p.declarations ?? []).some(ts.isMethodSignature));
      if (!hasMethods) continue;
      const name = type.getSymbol()?.getName() ?? "the interface";
      ctx.report(report.unsupportedSyntax(node, `an object literal of '${name}' (an interface with methods)`,
        "declare the members as properties of function type (`area: () => number`), or implement the interface with a class"));
      return;
    }
  },
};
