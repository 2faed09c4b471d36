// Destructuring that is not compiled yet -> TSESP2020: patterns in a `for (;;)` initializer whose
// names a closure in the loop captures, object rest elements whose type no sketch interface names,
// defaults in object patterns of assignments, and patterns over values other than arrays and the
// sketch's own objects. Declarations (also at module level and in `for` initializers), parameters,
// for...of and assignments
// (`[a, b] = [b, a]`, `({ x, y } = p)`) are compiled.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";
import { collectionWalk } from "./noForOfNonArray";
import { isHomogeneousTuple } from "./shared/types";
import { hasSameProperties } from "../../project/sameProperties";

export const noDestructuring: SubsetRule = {
  code: "TSESP2020",
  name: "noDestructuring",
  visit(node, ctx) {
    if (ts.isObjectBindingPattern(node) || ts.isArrayBindingPattern(node)) {
      checkPattern(node, ctx);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      (ts.isArrayLiteralExpression(node.left) || ts.isObjectLiteralExpression(node.left))) {
      checkAssignmentPattern(node.left, ctx.checker.getTypeAtLocation(node.right), ctx);
    }
  },
};

function checkPattern(pattern: ts.BindingPattern, ctx: RuleContext): void {
  const owner = pattern.parent;
  if (ts.isVariableDeclaration(owner) && ts.isForStatement(owner.parent.parent) && isCapturedInLoop(pattern, owner.parent.parent, ctx)) {
    // each iteration would need its own copy of the names (JS's per-iteration binding)
    ctx.report(report.destructuring(pattern, "in a 'for' initializer whose names a closure in the loop captures", "declare the names before the loop"));
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
      if (element.dotDotDotToken && !hasNamedRestType(element, ctx)) {
        const rest = ctx.checker.typeToString(ctx.checker.getTypeAtLocation(element.name));
        ctx.report(report.destructuring(element, "with an object rest element of an unnamed type", `declare an interface with exactly the rest's properties (\`${rest}\`), or read the properties you need by name`));
      }
    }
  }
}


/** `[a, b] = [b, a]`, `({ x, y } = p)`: the same values as declarations; no object rest, no object defaults. */
function checkAssignmentPattern(pattern: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression, type: ts.Type, ctx: RuleContext): void {
  if (ts.isArrayLiteralExpression(pattern)) {
    if (!ctx.checker.isArrayType(type) && !isHomogeneousTuple(type, ctx.checker)) {
      ctx.report(report.destructuring(pattern, `in an assignment from a '${ctx.checker.typeToString(type)}' value`, "destructure arrays (all elements of one type); assign other values one at a time"));
      return;
    }
    const element = ctx.checker.getIndexTypeOfType(type, ts.IndexKind.Number) ?? type;
    for (const e of pattern.elements) {
      const target = ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken ? e.left : ts.isSpreadElement(e) ? undefined : e;
      if (target && (ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target))) checkAssignmentPattern(target, element, ctx);
    }
    return;
  }
  const decl = type.getSymbol()?.declarations?.[0];
  const isSketchObject = decl !== undefined && (ts.isClassDeclaration(decl) || ts.isInterfaceDeclaration(decl)) && !decl.getSourceFile().isDeclarationFile;
  if (!isSketchObject) {
    ctx.report(report.destructuring(pattern, `in an assignment from a '${ctx.checker.typeToString(type)}' value`, "destructure the sketch's own classes and interfaces; read other values by name"));
    return;
  }
  for (const p of pattern.properties) {
    if (ts.isSpreadAssignment(p)) {
      ctx.report(report.destructuring(p, "with an object rest element", "read the properties you need by name"));
    } else if (ts.isShorthandPropertyAssignment(p) && p.objectAssignmentInitializer) {
      ctx.report(report.destructuring(p, "with a default in an object pattern of an assignment", "assign the property, then apply the default: `x = p.x ?? 0`"));
    } else if (ts.isPropertyAssignment(p)) {
      const value = p.initializer;
      if (ts.isBinaryExpression(value) && value.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        ctx.report(report.destructuring(p, "with a default in an object pattern of an assignment", "assign the property, then apply the default: `x = p.x ?? 0`"));
      } else if (ts.isArrayLiteralExpression(value) || ts.isObjectLiteralExpression(value)) {
        const property = type.getProperty(p.name.getText());
        if (property) checkAssignmentPattern(value, ctx.checker.getTypeOfSymbolAtLocation(property, p), ctx);
      }
    }
  }
}

/** The rest of `const { id, ...rest } = msg` has the properties of one of the sketch's interfaces. */
function hasNamedRestType(element: ts.BindingElement, ctx: RuleContext): boolean {
  const rest = ctx.checker.getTypeAtLocation(element.name);
  return ctx.project.sourceFiles.some((file) => file.compilerNode.statements.some((s) =>
    ts.isInterfaceDeclaration(s) && !s.typeParameters && hasSameProperties(rest, ctx.checker.getTypeAtLocation(s.name), ctx.checker)));
}

/** A name bound by the pattern is used inside a function or arrow within the loop. */
function isCapturedInLoop(pattern: ts.BindingPattern, loop: ts.ForStatement, ctx: RuleContext): boolean {
  const names = new Set<ts.Symbol>();
  const collect = (p: ts.BindingPattern): void => {
    for (const e of p.elements) {
      if (ts.isOmittedExpression(e)) continue;
      if (ts.isIdentifier(e.name)) {
        const symbol = ctx.checker.getSymbolAtLocation(e.name);
        if (symbol) names.add(symbol);
      } else collect(e.name);
    }
  };
  collect(pattern);
  const visit = (n: ts.Node, inFunction: boolean): boolean => {
    if (inFunction && ts.isIdentifier(n)) {
      const symbol = ctx.checker.getSymbolAtLocation(n);
      if (symbol && names.has(symbol)) return true;
    }
    const nested = inFunction || ts.isFunctionLike(n);
    return ts.forEachChild(n, (c) => (visit(c, nested) ? true : undefined)) ?? false;
  };
  return visit(loop, false);
}
