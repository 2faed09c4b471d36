// `const inc = (by = 1) => ...; inc()` -> TSESP2000: a function *value* compiles to a C++ function
// object with a fixed parameter list, so every argument must be passed. Calls of function and method
// declarations may leave optional and default parameters out.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noOmittedArgumentsOnValues: SubsetRule = {
  code: "TSESP2000",
  name: "noOmittedArgumentsOnValues",
  visit(node, ctx) {
    if (!ts.isCallExpression(node)) return;
    const signature = ctx.checker.getResolvedSignature(node);
    const declaration = signature?.getDeclaration();
    if (signature === undefined || declaration === undefined) return;
    if (!(ts.isArrowFunction(declaration) || ts.isFunctionExpression(declaration) || ts.isFunctionTypeNode(declaration))) return;
    if (ctx.isEsLibDeclaration(declaration) || ctx.isTsEspLibDeclaration(declaration)) return;
    const hasRest = declaration.parameters.some((p) => p.dotDotDotToken !== undefined);
    if (node.arguments.length >= signature.getParameters().length - (hasRest ? 1 : 0)) return;
    ctx.report(report.unsupportedSyntax(node, "leaving out arguments when calling a function value",
      "pass every argument, or declare it with `function name(...)` to keep default and optional parameters"));
  },
};
