// `function f(x: number): void; function f(x: string): void; ...` -> refused.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { isAmbient } from "./shared/nodes";

function isAbstract(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.AbstractKeyword);
}

export const noOverloads: SubsetRule = {
  code: "TSESP2047",
  name: "noOverloads",
  visit(node, ctx) {
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node)) &&
      node.body === undefined && !isAmbient(node) && !isAbstract(node)) {
      ctx.report(report.overload(node));
    }
  },
};
