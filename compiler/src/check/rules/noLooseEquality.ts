// `a == b` / `a != b` -> refused; use `===` / `!==`.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noLooseEquality: SubsetRule = {
  code: "TSESP2035",
  name: "noLooseEquality",
  visit(node, ctx) {
    if (ts.isBinaryExpression(node)) {
      const kind = node.operatorToken.kind;
      if (kind === ts.SyntaxKind.EqualsEqualsToken) ctx.report(report.looseEquality(node.operatorToken, "=="));
      if (kind === ts.SyntaxKind.ExclamationEqualsToken) ctx.report(report.looseEquality(node.operatorToken, "!="));
    }
  },
};
