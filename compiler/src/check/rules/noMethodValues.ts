// Methods used as values -> TSESP2053: `setTimeout(obj.tick, 10)` (JS would lose `this`),
// `obj.tick = () => {}` (replacing a method), `super.field` (undefined in JS for fields), and
// properties added to functions (`f.count = 1`). Accepted: calling them, `super.method(...)`.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";

export const noMethodValues: SubsetRule = {
  code: "TSESP2053",
  name: "noMethodValues",
  visit(node, ctx) {
    if (!ts.isPropertyAccessExpression(node) || ts.isPrivateIdentifier(node.name)) return;
    const symbol = ctx.checker.getSymbolAtLocation(node.name);
    if (symbol === undefined || !isSketchSymbol(symbol, ctx)) return;
    const isCalled = ts.isCallExpression(node.parent) && node.parent.expression === node;
    const isMethod = (symbol.flags & ts.SymbolFlags.Method) !== 0;
    const name = node.name.text;
    if (node.expression.kind === ts.SyntaxKind.SuperKeyword && !(isMethod && isCalled)) {
      ctx.report(report.methodValue(node, `'super.${name}'`, `use \`this.${name}\` for fields; call methods as \`super.${name}(...)\``));
    } else if (isMethod && isAssignmentTarget(node)) {
      ctx.report(report.methodValue(node, `replacing the method '${name}'`, "declare a field of function type instead: `onTick: () => void = () => {}`"));
    } else if (isMethod && !isCalled) {
      ctx.report(report.methodValue(node, `the method '${name}' as a value`, `wrap it in an arrow function: \`() => ${node.getText()}()\``));
    } else if (isFunctionValue(node.expression, ctx) && !isMethod) {
      ctx.report(report.methodValue(node, `the property '${name}' on a function`, "keep the value in a variable or a class field"));
    }
  },
};

function isSketchSymbol(symbol: ts.Symbol, ctx: RuleContext): boolean {
  const declarations = symbol.declarations ?? [];
  return declarations.length > 0 && declarations.every((d) => !ctx.isEsLibDeclaration(d) && !ctx.isTsEspLibDeclaration(d));
}

function isAssignmentTarget(node: ts.Node): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node &&
    parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}

/** The expression names a function declaration (whose expando properties TypeScript allows). */
function isFunctionValue(expression: ts.Expression, ctx: RuleContext): boolean {
  if (!ts.isIdentifier(expression)) return false;
  const symbol = ctx.checker.getSymbolAtLocation(expression);
  return symbol !== undefined && (symbol.flags & ts.SymbolFlags.Function) !== 0;
}
