// `function f(a: number, b = a * 2)` or a default that uses `this` -> TSESP2000: defaults become
// C++ default arguments, which cannot see the other parameters or the object.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noDefaultsUsingParameters: SubsetRule = {
  code: "TSESP2000",
  name: "noDefaultsUsingParameters",
  visit(node, ctx) {
    if (!ts.isParameter(node) || node.initializer === undefined || !ts.isIdentifier(node.name)) return;
    const fn = node.parent;
    const siblings = new Set(fn.parameters.filter((p) => p !== node).map((p) => ctx.checker.getSymbolAtLocation(p.name)));
    let used: string | undefined;
    const visit = (child: ts.Node): void => {
      if (used !== undefined) return;
      if (child.kind === ts.SyntaxKind.ThisKeyword) used = "this";
      else if (ts.isIdentifier(child) && siblings.has(ctx.checker.getSymbolAtLocation(child))) used = child.text;
      else ts.forEachChild(child, visit);
    };
    visit(node.initializer);
    if (used === undefined) return;
    const name = node.name.text;
    ctx.report(report.unsupportedSyntax(node.initializer, `a default value that uses '${used}'`,
      `make it optional (\`${name}?: ...\`) and compute it in the body: \`const ${name}Value = ${name} ?? ${node.initializer.getText()};\``));
  },
};
