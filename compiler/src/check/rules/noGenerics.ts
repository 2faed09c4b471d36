// Generics compile to C++ templates (lower/shared/generics.ts). TSESP2016 refuses what a template
// cannot express: generic local functions, generic functions used as values, generic methods that
// are overridden or declared in an interface (a template is never virtual), generic function types,
// static members of generic classes, `instanceof` a generic class, and self-calls with new type
// arguments (instantiations that never end).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";

type Generic = ts.Node & { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> };

const isGeneric = (n: ts.Node | undefined): boolean => ((n as Generic | undefined)?.typeParameters?.length ?? 0) > 0;

export const noGenerics: SubsetRule = {
  code: "TSESP2016",
  name: "noGenerics",
  visit(node, ctx) {
    if (isGeneric(node)) checkDeclaration(node as Generic, ctx);
    if (ts.isIdentifier(node)) checkValueUse(node, ctx);
    if (ts.isExpressionWithTypeArguments(node) && !ts.isHeritageClause(node.parent)) {
      ctx.report(report.generics(node, "an instantiation expression", "call the function with its type arguments: `f<number>(x)`"));
    }
    if (ts.isCallExpression(node)) checkSelfInstantiation(node, ctx);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) {
      const decl = ctx.checker.getSymbolAtLocation(node.right)?.declarations?.[0];
      if (decl && ts.isClassDeclaration(decl) && isGeneric(decl)) {
        ctx.report(report.generics(node.right, "'instanceof' a generic class", "test a non-generic base class, or a `kind` field"));
      }
    }
  },
};

function checkDeclaration(node: Generic, ctx: RuleContext): void {
  const at = node.typeParameters![0];
  if (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) {
    if (ts.isClassDeclaration(node)) {
      for (const m of node.members) {
        if (ts.canHaveModifiers(m) && ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)) {
          ctx.report(report.generics(m.name ?? m, "a static member of a generic class", "move it to a module-level function or const"));
        }
      }
    }
    return;
  }
  if (ts.isFunctionDeclaration(node)) {
    if (!ts.isSourceFile(node.parent)) ctx.report(report.generics(at, "a generic local function", "declare it at module level: `function name<T>(...)`"));
    return;
  }
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const d = node.parent;
    const atModuleLevel = ts.isVariableDeclaration(d) && d.initializer === node && ts.isIdentifier(d.name) &&
      (d.parent.flags & ts.NodeFlags.Const) !== 0 && ts.isVariableStatement(d.parent.parent) && ts.isSourceFile(d.parent.parent.parent);
    if (!atModuleLevel) ctx.report(report.generics(at, "a generic function value", "declare it at module level: `const name = <T>(x: T) => ...` or `function name<T>(...)`"));
    return;
  }
  if (ts.isMethodDeclaration(node)) {
    if (ts.isClassDeclaration(node.parent) && isOverridden(node, node.parent, ctx)) {
      ctx.report(report.generics(at, "an overridden or abstract generic method", "give the generic method its own name in each class, or make the class generic"));
    }
    return;
  }
  if (ts.isMethodSignature(node)) {
    ctx.report(report.generics(at, "a generic method in an interface", "make the interface generic instead: `interface Name<T> { ... }`"));
    return;
  }
  ctx.report(report.generics(at, "a generic function type", "use a generic interface or a concrete function type"));
}

/** A generic method that is abstract, or that a base or derived class declares too. */
function isOverridden(m: ts.MethodDeclaration, cls: ts.ClassDeclaration, ctx: RuleContext): boolean {
  if (ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.AbstractKeyword)) return true;
  const name = m.name.getText();
  const symbol = cls.name && ctx.checker.getSymbolAtLocation(cls.name);
  if (!symbol) return false;
  const type = ctx.checker.getDeclaredTypeOfSymbol(symbol);
  for (const base of type.getBaseTypes?.() ?? []) if (base.getProperty(name)) return true;
  for (const sf of ctx.project.sourceFiles) {
    let found = false;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isClassDeclaration(n) && n !== cls && extendsClass(n, cls, ctx) && n.members.some((x) => x.name?.getText() === name)) found = true;
      else ts.forEachChild(n, visit);
    };
    visit(sf.compilerNode);
    if (found) return true;
  }
  return false;
}

function extendsClass(n: ts.ClassDeclaration, base: ts.ClassDeclaration, ctx: RuleContext): boolean {
  const expr = n.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!expr) return false;
  let symbol = ctx.checker.getSymbolAtLocation(expr);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  const decl = symbol?.declarations?.[0];
  return decl !== undefined && ts.isClassDeclaration(decl) && (decl === base || extendsClass(decl, base, ctx));
}

/** A generic function named without being called: `xs.map(identity)`, `const f = identity`. */
function checkValueUse(id: ts.Identifier, ctx: RuleContext): void {
  const p = id.parent;
  if (ts.isCallExpression(p) && p.expression === id) return;
  if (ts.isPropertyAccessExpression(p) && p.name === id && ts.isCallExpression(p.parent) && p.parent.expression === p) return;
  if (ts.isPropertyAccessExpression(p) && p.expression === id) return;
  if (ts.isExpressionWithTypeArguments(p) || ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isTypeReferenceNode(p)) return;
  if (!ts.isPropertyAccessExpression(p) && (p as ts.Node & { name?: ts.Node }).name === id) return; // a declaration's own name
  if (!ts.isExpression(id) || ts.isPropertyAccessExpression(p) && p.name === id && !ts.isExpression(p)) return;
  let symbol = ctx.checker.getSymbolAtLocation(id);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  const decl = symbol?.valueDeclaration;
  if (!decl || decl.getSourceFile().isDeclarationFile) return;
  const fn = ts.isVariableDeclaration(decl) ? decl.initializer : decl;
  if (fn && (ts.isFunctionLike(fn) || ts.isArrowFunction(fn)) && isGeneric(fn) && !ts.isClassDeclaration(fn)) {
    ctx.report(report.generics(id, "a generic function used as a value", "call it inside an arrow: `(x) => name(x)`"));
  }
}

/** f<T>(...) calling f with type arguments other than its own T: f<T[]> inside f<T> never ends. */
function checkSelfInstantiation(call: ts.CallExpression, ctx: RuleContext): void {
  const signature = ctx.checker.getResolvedSignature(call);
  const decl = signature?.getDeclaration();
  if (!decl || !isGeneric(decl) || !(call.pos >= decl.pos && call.end <= decl.end)) return;
  const args = ctx.checker.getTypeArgumentsForResolvedSignature(signature!) ?? [];
  const own = (decl as Generic).typeParameters!.map((p) => ctx.checker.getTypeAtLocation(p));
  if (args.some((a, i) => a !== own[i])) {
    ctx.report(report.generics(call, "a generic call that instantiates itself with new type arguments", "keep the same type arguments in the recursive call, or write a non-generic helper"));
  }
}
