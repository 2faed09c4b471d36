// `interface String { shout(): string }` or `interface Console { ... }` in a script file merges into
// the built-in declaration, adding members nothing implements -> TSESP2000.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noGlobalAugmentation: SubsetRule = {
  code: "TSESP2000",
  name: "noGlobalAugmentation",
  visit(node, ctx) {
    if (!(ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) || ts.isEnumDeclaration(node))) return;
    if (node.name === undefined) return;
    const symbol = ctx.checker.getSymbolAtLocation(node.name);
    const declarations = symbol?.declarations ?? [];
    if (!declarations.some((d) => ctx.isEsLibDeclaration(d) || ctx.isTsEspLibDeclaration(d))) return;
    ctx.report(report.unsupportedSyntax(node.name, `adding to the built-in '${node.name.text}'`,
      "give your declaration a name of its own, or make the file a module with `export`"));
  },
};
