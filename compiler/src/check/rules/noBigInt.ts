// `10n`, `bigint` -> refused (the `BigInt` global is refused by noUnsupportedGlobals).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noBigInt: SubsetRule = {
  code: "TSESP2027",
  name: "noBigInt",
  visit(node, ctx) {
    if (node.kind === ts.SyntaxKind.BigIntLiteral || node.kind === ts.SyntaxKind.BigIntKeyword) ctx.report(report.bigint(node));
  },
};
