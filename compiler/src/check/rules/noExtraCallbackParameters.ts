// An arrow or function expression with more parameters than the function type it is used as, the
// extra ones optional or defaulted: `each(xs, (x, scale = 10) => ...)` for `(x: number) => void`
// -> TSESP2000. TS allows it (callers never pass them, so they take their defaults), but the C++
// closure takes every parameter and tsesp::Function<R(A...)> passes only A...; moving the default into
// the body is the rewrite. (Fewer parameters than the type are fine: function.h passes a prefix.)
// Calling context: check/runRules.ts, for every node.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noExtraCallbackParameters: SubsetRule = {
  code: "TSESP2000",
  name: "noExtraCallbackParameters",
  visit(node, ctx) {
    if (!(ts.isArrowFunction(node) || ts.isFunctionExpression(node))) return;
    const contextual = ctx.checker.getContextualType(node);
    if (contextual === undefined) return;
    const signatures = ctx.checker.getNonNullableType(contextual).getCallSignatures();
    if (signatures.length !== 1) return;
    const target = signatures[0];
    const declaration = target.getDeclaration() as ts.SignatureDeclaration | undefined;
    if (declaration?.parameters.some((p) => p.dotDotDotToken !== undefined)) return;
    const own = node.parameters.filter((p) => p.dotDotDotToken === undefined);
    const allowed = target.getParameters().length;
    if (own.length <= allowed) return;
    const extra = own[allowed];
    ctx.report(
      report.unsupportedSyntax(
        extra,
        `a callback parameter the function type '${ctx.checker.typeToString(contextual)}' does not have`,
        `leave '${extra.name.getText()}' out and use a local instead (\`const ${extra.name.getText()} = ...\` in the body)`,
      ),
    );
  },
};
