// `import fs from "fs"`, `export * from "pkg"`, `import("./x")`, `import x = require("y")` ->
// TSESP2042. Accepted: static imports and re-exports of the sketch's own files by relative path.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noModuleImports: SubsetRule = {
  code: "TSESP2042",
  name: "noModuleImports",
  visit(node, ctx) {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined) {
      const specifier = node.moduleSpecifier;
      if (ts.isStringLiteral(specifier) && !isRelative(specifier.text)) {
        ctx.report(report.moduleImport(specifier, `importing the module '${specifier.text}'`));
      }
    } else if (ts.isImportEqualsDeclaration(node)) {
      ctx.report(report.moduleImport(node, "'import =' declarations"));
    } else if (ts.isExportAssignment(node) && node.isExportEquals === true) {
      ctx.report(report.moduleImport(node, "'export ='"));
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      ctx.report(report.moduleImport(node, "dynamic 'import()'"));
    }
  },
};

function isRelative(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../");
}
