// `const r = log()` where log returns void, `let v: void`, `x: void` parameters -> TSESP2000:
// C++ has no void variables. Calling the function as a statement is the rewrite.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { declaredTypeOf } from "./shared/types";

export const noVoidValues: SubsetRule = {
  code: "TSESP2000",
  name: "noVoidValues",
  visit(node, ctx) {
    if (!(ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isParameter(node))) return;
    const type = declaredTypeOf(node, ctx);
    if (type === undefined || (type.flags & ts.TypeFlags.Void) === 0) return;
    ctx.report(report.unsupportedSyntax(node.name, "a variable of type 'void'", "call the function as a statement; it returns no value"));
  },
};
