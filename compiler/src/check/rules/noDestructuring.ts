// Destructuring that is not compiled yet -> TSESP2020: patterns at module level (`const [a, b] = xs`
// as a global), in a `for (;;)` initializer, destructuring assignments (`[a, b] = [b, a]`), object rest
// elements (`const { a, ...others } = o`), and patterns over values other than arrays and the
// sketch's own objects. Declarations inside functions, parameters and for...of are compiled.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";
import { collectionWalk } from "./noForOfNonArray";
import { isHomogeneousTuple } from "./shared/types";

export const noDestructuring: SubsetRule = {
  code: "TSESP2020",
  name: "noDestructuring",
  visit(node, ctx) {
    if (ts.isObjectBindingPattern(node) || ts.isArrayBindingPattern(node)) {
      checkPattern(node, ctx);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      (ts.isArrayLiteralExpression(node.left) || ts.isObjectLiteralExpression(node.left))) {
      ctx.report(report.destructuring(node.left, "in an assignment", "declare new names (`const [a, b] = ...`), or assign one at a time"));
    }
  },
};

function checkPattern(pattern: ts.BindingPattern, ctx: RuleContext): void {
  const owner = pattern.parent;
  if (ts.isVariableDeclaration(owner) && ts.isVariableStatement(owner.parent.parent) && ts.isSourceFile(owner.parent.parent.parent)) {
    ctx.report(report.destructuring(pattern, "at module level", "destructure inside a function, or declare each name: `const a = arr[0];`"));
    return;
  }
  if (ts.isVariableDeclaration(owner) && ts.isForStatement(owner.parent.parent)) {
    ctx.report(report.destructuring(pattern, "in a 'for' initializer", "declare the names before the loop"));
    return;
  }
  if (ts.isVariableDeclaration(owner) && ts.isForOfStatement(owner.parent.parent) && collectionWalk(owner.parent.parent.expression, ctx) === "entries") {
    return; // for (const [key, value] of map): noForOfNonArray checks the pattern's shape
  }
  const type = ctx.checker.getTypeAtLocation(pattern);
  if (ts.isArrayBindingPattern(pattern) && !ctx.checker.isArrayType(type) && !isHomogeneousTuple(type, ctx.checker)) {
    ctx.report(report.destructuring(pattern, `of a '${ctx.checker.typeToString(type)}' value`, "destructure arrays; read other values by index"));
    return;
  }
  if (ts.isObjectBindingPattern(pattern)) {
    const decl = type.getSymbol()?.declarations?.[0];
    const isSketchObject = decl !== undefined && (ts.isClassDeclaration(decl) || ts.isInterfaceDeclaration(decl)) && !decl.getSourceFile().isDeclarationFile;
    if (!isSketchObject) {
      ctx.report(report.destructuring(pattern, `of a '${ctx.checker.typeToString(type)}' value`, "destructure the sketch's own classes and interfaces; read other values by name"));
      return;
    }
    for (const element of pattern.elements) {
      if (element.dotDotDotToken) ctx.report(report.destructuring(element, "with an object rest element", "read the properties you need by name"));
    }
  }
}

