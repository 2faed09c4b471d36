// `type Point = { x: number }` -> refused until issue 4; use an interface.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noTypeAliases: SubsetRule = {
  code: "TSESP2049",
  name: "noTypeAliases",
  visit(node, ctx) {
    if (ts.isTypeAliasDeclaration(node)) ctx.report(report.typeAlias(node.name));
  },
};
