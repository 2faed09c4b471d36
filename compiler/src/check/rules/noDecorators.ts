// `@sealed class C {}` -> refused.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noDecorators: SubsetRule = {
  code: "TSESP2030",
  name: "noDecorators",
  visit(node, ctx) {
    if (ts.isDecorator(node)) ctx.report(report.decorator(node));
  },
};
