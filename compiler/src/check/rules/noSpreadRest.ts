// Spread and rest that are not compiled yet -> TSESP2021: object spread (`{...o}`), spread of anything
// but an array, spread into a library call (`Math.max(...xs)`, `xs.push(...ys)`) or into a
// parameter that is not a rest parameter, and rest parameters whose type is not an array.
// Compiled: `[a, ...xs]`, `f(1, ...xs)` into `function f(a: number, ...rest: number[])`, rest parameters.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";
import { isHomogeneousTuple } from "./shared/types";

export const noSpreadRest: SubsetRule = {
  code: "TSESP2021",
  name: "noSpreadRest",
  visit(node, ctx) {
    if (ts.isSpreadAssignment(node)) {
      ctx.report(report.spreadRest(node, "object spread '...'", "assign the properties one by one: `{ x: p.x, y: 3 }`"));
    } else if (ts.isSpreadElement(node)) {
      checkSpread(node, ctx);
    } else if (ts.isParameter(node) && node.dotDotDotToken !== undefined && !ctx.checker.isArrayType(ctx.checker.getTypeAtLocation(node.name))) {
      ctx.report(report.spreadRest(node, "a rest parameter of a non-array type", "declare it as an array: `...values: number[]`"));
    }
  },
};

function checkSpread(node: ts.SpreadElement, ctx: RuleContext): void {
  const type = ctx.checker.getTypeAtLocation(node.expression);
  if (!ctx.checker.isArrayType(type) && !isHomogeneousTuple(type, ctx.checker)) {
    ctx.report(report.spreadRest(node, "spread '...' of a non-array value", "spread arrays only; convert first, e.g. `s.split(\"\")`"));
    return;
  }
  const parent = node.parent;
  if (ts.isArrayLiteralExpression(parent)) return;
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
    const declaration = ctx.checker.getResolvedSignature(parent)?.getDeclaration();
    const params = declaration && "parameters" in declaration ? (declaration.parameters as readonly ts.ParameterDeclaration[]) : [];
    const rest = params.findIndex((p) => p.dotDotDotToken !== undefined);
    const list: readonly ts.Expression[] = parent.arguments ?? [];
    const index = list.indexOf(node);
    const isLib = declaration === undefined || ctx.isEsLibDeclaration(declaration) || ctx.isTsEspLibDeclaration(declaration);
    if (!isLib && rest >= 0 && index >= rest) return;
    if (isLib) ctx.report(report.spreadRest(node, "spread '...' into a library call", "pass the array itself, or loop over it (`for (const y of ys) xs.push(y)`)"));
    else ctx.report(report.spreadRest(node, "spread '...' into a parameter that is not a rest parameter", "pass the elements by index, or declare a rest parameter"));
    return;
  }
  ctx.report(report.spreadRest(node, "spread '...'", "build an array first, then pass it"));
}
