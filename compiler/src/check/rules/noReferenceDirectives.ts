// `/// <reference lib="dom" />`, `/// <reference types="node" />`, `/// <reference path="x.d.ts" />`
// -> TSESP2042: they would bring declarations ts-esp cannot compile (DOM, Node) into the sketch.
import { ts } from "ts-morph";
import { makeDiagnostic, report } from "../../diagnostics/report";
import { spanAt } from "../../diagnostics/location";
import { messages } from "../../diagnostics/messages";
import type { SubsetRule } from "../rule";

export const noReferenceDirectives: SubsetRule = {
  code: "TSESP2042",
  name: "noReferenceDirectives",
  visit(node, ctx) {
    if (!ts.isSourceFile(node)) return;
    const directives = [...node.libReferenceDirectives, ...node.typeReferenceDirectives, ...node.referencedFiles];
    for (const directive of directives) {
      const span = spanAt(node, directive.pos, directive.end - directive.pos);
      ctx.report(makeDiagnostic(messages.moduleImport, { construct: "a '/// <reference>' directive" }, span));
    }
    if (node.isDeclarationFile) ctx.report(report.ambientDeclaration(node.statements[0] ?? node));
  },
};
