// `function f() { class Local {} }`, an interface or enum inside a block -> TSESP2056: lower/ declares
// them as C++ types at namespace scope, so they must sit at the top level of a module.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noNestedDeclarations: SubsetRule = {
  code: "TSESP2056",
  name: "noNestedDeclarations",
  visit(node, ctx) {
    const kind = ts.isClassDeclaration(node) ? "class" : ts.isInterfaceDeclaration(node) ? "interface"
      : ts.isEnumDeclaration(node) ? "enum" : undefined;
    if (kind === undefined || ts.isSourceFile(node.parent)) return;
    const name = (node as ts.ClassDeclaration | ts.InterfaceDeclaration | ts.EnumDeclaration).name;
    ctx.report(report.nestedDeclaration(name ?? node, kind));
  },
};
