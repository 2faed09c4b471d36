// `function f<T>(x: T)`, `class Box<T>`, `interface I<T>` -> refused until monomorphization.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noGenerics: SubsetRule = {
  code: "TSESP2016",
  name: "noGenerics",
  visit(node, ctx) {
    if ("typeParameters" in node) {
      const params = (node as { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> }).typeParameters;
      if (params !== undefined && params.length > 0) ctx.report(report.generics(params[0]));
    }
  },
};
