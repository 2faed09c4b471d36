// Syntax without a lowering yet -> TSESP2000 with a rewrite: class expressions, `#private` names,
// `static {}` blocks, `new.target` / `import.meta`, tagged templates, `accessor` fields, methods and
// numeric property names in object literals.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noUnsupportedSyntax: SubsetRule = {
  code: "TSESP2000",
  name: "noUnsupportedSyntax",
  visit(node, ctx) {
    if (ts.isClassExpression(node)) {
      ctx.report(report.unsupportedSyntax(node.getChildAt(0), "a class expression", "declare the class with `class Name { ... }`"));
    } else if (ts.isPrivateIdentifier(node)) {
      ctx.report(report.unsupportedSyntax(node, "a '#private' name", `use the 'private' modifier: \`private ${node.text.slice(1)}\``));
    } else if (ts.isClassStaticBlockDeclaration(node)) {
      ctx.report(report.unsupportedSyntax(node.getChildAt(0), "a static initialization block", "initialize static fields with initializers"));
    } else if (ts.isMetaProperty(node)) {
      ctx.report(report.unsupportedSyntax(node, `'${node.getText()}'`, "pass the value you need as a parameter"));
    } else if (ts.isTaggedTemplateExpression(node)) {
      ctx.report(report.unsupportedSyntax(node, "a tagged template", "call the function with the values, or use a plain template literal"));
    } else if (ts.isMethodDeclaration(node) && ts.isObjectLiteralExpression(node.parent)) {
      const name = node.name.getText();
      ctx.report(report.unsupportedSyntax(node.name, "a method in an object literal", `use a property holding an arrow function: \`${name}: () => ...\``));
    } else if (ts.isPropertyAssignment(node) && ts.isNumericLiteral(node.name)) {
      ctx.report(report.unsupportedSyntax(node.name, "a numeric property name", "use an array, or a property with a name"));
    } else if (node.kind === ts.SyntaxKind.AccessorKeyword) {
      ctx.report(report.unsupportedSyntax(node, "an 'accessor' field", "use a plain field"));
    }
  },
};
