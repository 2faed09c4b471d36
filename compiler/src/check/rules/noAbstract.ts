// `abstract class Shape { abstract area(): number }` -> refused until issue 4.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noAbstract: SubsetRule = {
  code: "TSESP2040",
  name: "noAbstract",
  visit(node, ctx) {
    if (ts.canHaveModifiers(node)) {
      const abstract = ts.getModifiers(node)?.find((m) => m.kind === ts.SyntaxKind.AbstractKeyword);
      if (abstract !== undefined) ctx.report(report.abstractClass(abstract));
    }
  },
};
