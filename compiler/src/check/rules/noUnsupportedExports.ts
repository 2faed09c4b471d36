// `export default 42`, `export default class {}`, `export default function () {}` and local export
// lists `export { a, b as c }` -> TSESP2000: lower/ exports declarations that carry `export`
// themselves. Named defaults and re-exports from another module (`export { a } from "./x"`) are accepted.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

const HINT = "export a named declaration (`export default function blink() {}`) or a named constant (`export const LIMIT = 42`)";

export const noUnsupportedExports: SubsetRule = {
  code: "TSESP2000",
  name: "noUnsupportedExports",
  visit(node, ctx) {
    if (ts.isExportAssignment(node) && node.isExportEquals !== true) {
      ctx.report(report.unsupportedSyntax(node, "'export default' of an expression", HINT));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier === undefined && !node.isTypeOnly) {
      ctx.report(report.unsupportedSyntax(node, "an export list", "put `export` on the declaration itself: `export const local = 5;`"));
    } else if ((ts.isClassDeclaration(node) || (ts.isFunctionDeclaration(node) && node.body !== undefined)) && node.name === undefined) {
      ctx.report(report.unsupportedSyntax(node.getChildAt(0), "an anonymous default export", HINT));
    }
  },
};
