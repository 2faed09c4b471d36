// `async`, `await`, `for await` -> refused until promises are compiled.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noAsync: SubsetRule = {
  code: "TSESP2013",
  name: "noAsync",
  visit(node, ctx) {
    if (ts.canHaveModifiers(node)) {
      const asyncModifier = ts.getModifiers(node)?.find((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
      if (asyncModifier !== undefined) ctx.report(report.asyncAwait(asyncModifier, "async"));
    }
    if (ts.isAwaitExpression(node)) ctx.report(report.asyncAwait(node, "await"));
    if (ts.isForOfStatement(node) && node.awaitModifier) ctx.report(report.asyncAwait(node.awaitModifier, "for await"));
  },
};
