// `var x = 1` -> refused; `let`/`const` are block-scoped and compile directly.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { hasDeclareModifier } from "./shared/nodes";

export const noVar: SubsetRule = {
  code: "TSESP2011",
  name: "noVar",
  visit(node, ctx) {
    if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.BlockScoped) === 0) {
      if (ts.isVariableStatement(node.parent) && hasDeclareModifier(node.parent)) return;
      ctx.report(report.varDeclaration(node.getChildAt(0)));
    }
  },
};
