// `get x() {}` / `set x(v) {}` in classes and object literals -> refused.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noAccessors: SubsetRule = {
  code: "TSESP2015",
  name: "noAccessors",
  visit(node, ctx) {
    if (ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) ctx.report(report.accessor(node.name));
  },
};
