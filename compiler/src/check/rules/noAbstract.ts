// Abstract classes compile to C++ structs with pure virtual member functions (TypeScript already
// refuses `new` of an abstract class). TSESP2040 refuses abstract properties: a field cannot be
// virtual, so a base method would read the base's copy, not the subclass's.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noAbstract: SubsetRule = {
  code: "TSESP2040",
  name: "noAbstract",
  visit(node, ctx) {
    if (!ts.isPropertyDeclaration(node)) return;
    const abstract = ts.getModifiers(node)?.find((m) => m.kind === ts.SyntaxKind.AbstractKeyword);
    if (abstract !== undefined) ctx.report(report.abstractClass(abstract));
  },
};
