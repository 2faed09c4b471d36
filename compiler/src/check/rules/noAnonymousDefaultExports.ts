// `export default 42`, `export default class {}`, `export default function () {}` -> TSESP2000:
// every exported thing needs a name to become a C++ declaration. Named defaults are accepted.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

const HINT = "export a named declaration (`export default function blink() {}`) or a named constant (`export const LIMIT = 42`)";

export const noAnonymousDefaultExports: SubsetRule = {
  code: "TSESP2000",
  name: "noAnonymousDefaultExports",
  visit(node, ctx) {
    if (ts.isExportAssignment(node) && node.isExportEquals !== true) {
      ctx.report(report.unsupportedSyntax(node, "'export default' of an expression", HINT));
    } else if ((ts.isClassDeclaration(node) || (ts.isFunctionDeclaration(node) && node.body !== undefined)) && node.name === undefined) {
      ctx.report(report.unsupportedSyntax(node.getChildAt(0), "an anonymous default export", HINT));
    }
  },
};
