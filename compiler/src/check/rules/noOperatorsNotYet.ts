// `k in o` -> TSESP2043 (objects have a fixed shape). `**`, `**=`, `??=`, `||=` and `&&=` are compiled.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

const REFUSED: Partial<Record<ts.SyntaxKind, [string, string]>> = {
  [ts.SyntaxKind.InKeyword]: ["in", "objects have a fixed shape: the property is always there"],
};

export const noOperatorsNotYet: SubsetRule = {
  code: "TSESP2043",
  name: "noOperatorsNotYet",
  visit(node, ctx) {
    if (!ts.isBinaryExpression(node)) return;
    const refused = REFUSED[node.operatorToken.kind];
    if (refused !== undefined) ctx.report(report.operatorNotYet(node.operatorToken, refused[0], refused[1]));
  },
};
