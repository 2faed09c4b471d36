// Built-in functions used as values -> TSESP2053: `xs.map(String)`, `f(console.log)`,
// `const write = digitalWrite`. lower/ maps built-ins at their call sites; a value needs a closure.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";
import { isNameOfDeclarationOrMember } from "./shared/nodes";

export const noBuiltinFunctionValues: SubsetRule = {
  code: "TSESP2053",
  name: "noBuiltinFunctionValues",
  visit(node, ctx) {
    const reference = builtinReference(node, ctx);
    if (reference === undefined || isCalledOrQualified(node)) return;
    const params = ctx.checker.getTypeAtLocation(node).getCallSignatures()[0]?.getParameters().map((p) => p.getName()) ?? [];
    const args = params.length > 0 ? params[0] : "x";
    ctx.report(report.methodValue(node, `the built-in function '${reference}' as a value`,
      `wrap it in an arrow function: \`(${args}) => ${reference}(${args})\``));
  },
};

/** `console.log` or `String` when it names a callable built-in (ES lib or ts-esp lib). */
function builtinReference(node: ts.Node, ctx: RuleContext): string | undefined {
  let name: ts.Identifier;
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) name = node.name;
  else if (ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node.parent) && !isNameOfDeclarationOrMember(node)) name = node;
  else return undefined;
  if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) return undefined;
  const symbol = ctx.checker.getSymbolAtLocation(name);
  const declarations = symbol?.declarations ?? [];
  if (declarations.length === 0) return undefined;
  if (!declarations.every((d) => ctx.isEsLibDeclaration(d) || ctx.isTsEspLibDeclaration(d))) return undefined;
  if (ctx.checker.getTypeAtLocation(node).getCallSignatures().length === 0) return undefined;
  return node.getText();
}

/** `f(...)`, `new F(...)`, or the object of a member access (`String.fromCharCode`). */
function isCalledOrQualified(node: ts.Node): boolean {
  const parent = node.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === node) return true;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node) return true;
  // `e instanceof RangeError` names the class, it does not pass the function on
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword && parent.right === node) return true;
  return ts.isTypeQueryNode(parent) || ts.isExpressionWithTypeArguments(parent) || ts.isTypeReferenceNode(parent);
}
