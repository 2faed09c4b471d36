// `namespace N {}`, `module M {}` -> refused; use ES modules.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { hasDeclareModifier } from "./shared/nodes";

export const noNamespaces: SubsetRule = {
  code: "TSESP2031",
  name: "noNamespaces",
  visit(node, ctx) {
    if (ts.isModuleDeclaration(node) && !hasDeclareModifier(node)) ctx.report(report.namespace(node.name));
  },
};
