// `interface I { run?(): void }`, `class C { run?(): void {} }` -> TSESP2048: optional *methods*
// (structs give every method a body or a pure virtual slot). Optional data properties
// (`name?: string`, `onDone?: () => void`) are compiled as tsesp::Optional fields.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noOptionalProperties: SubsetRule = {
  code: "TSESP2048",
  name: "noOptionalProperties",
  visit(node, ctx) {
    if ((ts.isMethodSignature(node) || ts.isMethodDeclaration(node)) && node.questionToken !== undefined) {
      ctx.report(report.optionalProperty(node.questionToken));
    }
  },
};
