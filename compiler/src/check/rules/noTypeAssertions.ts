// `x as T`, `<T>x`, `x satisfies T` -> TSESP2018: they change types without a run-time check.
// (`x!` is accepted: lower/ unwraps the optional value.)
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noTypeAssertions: SubsetRule = {
  code: "TSESP2018",
  name: "noTypeAssertions",
  visit(node, ctx) {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node)) {
      ctx.report(report.typeAssertion(node));
    }
  },
};
