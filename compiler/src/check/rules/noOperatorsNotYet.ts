// `k in o`, `a ** b`, `a **= b`, `a ??= b`, `a ||= b`, `a &&= b` -> TSESP2043 until issue 4.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

const REFUSED: Partial<Record<ts.SyntaxKind, [string, string]>> = {
  [ts.SyntaxKind.InKeyword]: ["in", "objects have a fixed shape: the property is always there"],
  [ts.SyntaxKind.AsteriskAsteriskToken]: ["**", "use Math.pow(a, b)"],
  [ts.SyntaxKind.AsteriskAsteriskEqualsToken]: ["**=", "use a = Math.pow(a, b)"],
  [ts.SyntaxKind.QuestionQuestionEqualsToken]: ["??=", "use a = a ?? b"],
  [ts.SyntaxKind.BarBarEqualsToken]: ["||=", "use a = a || b"],
  [ts.SyntaxKind.AmpersandAmpersandEqualsToken]: ["&&=", "use a = a && b"],
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
