// One TS module -> a header (types, exported prototypes and globals, the module's init function)
// and a source file (definitions and `tsesp_moduleInit()`, which runs the imported modules' inits,
// then the module's top-level statements in order: ES module evaluation order).
import * as path from "node:path";
import { ts } from "ts-morph";
import * as b from "../cpp/builders";
import type { CppDecl, CppFile, CppFunction, CppStmt } from "../cpp/nodes";
import { originOf, type LowerContext, type ModuleInfo } from "./context";
import { lowerClassDeclaration, lowerConstObjectShape, lowerEnumDeclaration, lowerInterfaceDeclaration, type LoweredClass, type ObjectTypeAlias } from "./classes";
import { lowerExpression } from "./expressions/index";
import { lowerFunctionDeclaration } from "./functions";
import { NET_HEADER, usesNetApi } from "./library/net";
import { isGenericConstFunction, templateParameters } from "./shared/generics";
import { cppName } from "./shared/names";
import { lowerStatements } from "./statements/index";
import { guard, resolveUnwind } from "./shared/unwind";
import { cppTypeOf } from "./types";
import { declaredCppType } from "./shared/fixedWidth";

const isExported = (n: ts.Node): boolean => (ts.getCombinedModifierFlags(n as ts.Declaration) & ts.ModifierFlags.Export) !== 0;

/** The named elements of a binding pattern, nested patterns flattened, in source order. */
function bindingElementsOf(pattern: ts.BindingPattern): ts.BindingElement[] {
  return (pattern.elements as readonly ts.ArrayBindingElement[]).flatMap((e) => {
    if (ts.isOmittedExpression(e)) return [];
    return ts.isIdentifier(e.name) ? [e] : bindingElementsOf(e.name);
  });
}

/** Literal initializers are C++ constant initializers; everything else runs in moduleInit. */
export function isStaticInitializer(d: ts.VariableDeclaration): boolean {
  const init = d.initializer;
  if (!init) return false;
  if (ts.isNumericLiteral(init) || ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init)) return true;
  if (init.kind === ts.SyntaxKind.TrueKeyword || init.kind === ts.SyntaxKind.FalseKeyword) return true;
  return ts.isPrefixUnaryExpression(init) && init.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(init.operand);
}

/** Sketch modules this module imports, in import order. */
export function importedModules(sf: ts.SourceFile, ctx: LowerContext): ModuleInfo[] {
  const out: ModuleInfo[] = [];
  for (const s of sf.statements) {
    if (!(ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) || !s.moduleSpecifier || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const spec = s.moduleSpecifier.text;
    if (!spec.startsWith(".")) continue;
    const base = path.resolve(path.dirname(sf.fileName), spec);
    const module = ctx.modules.get(`${base}.ts`) ?? ctx.modules.get(base) ?? ctx.modules.get(path.join(base, "index.ts"));
    if (module && !out.includes(module)) out.push(module);
  }
  return out;
}

/** Classes first by inheritance: a base struct before the structs deriving from it. */
type TypeDeclaration = ts.ClassDeclaration | ts.InterfaceDeclaration | ObjectTypeAlias;

/** `type Point = { x: number }`: a struct, as an interface (classes.ts lowerInterfaceDeclaration). */
const isObjectTypeAlias = (s: ts.Statement): s is ObjectTypeAlias => ts.isTypeAliasDeclaration(s) && ts.isTypeLiteralNode(s.type);

function orderTypes(decls: TypeDeclaration[]): TypeDeclaration[] {
  const ordered: TypeDeclaration[] = [];
  const visit = (d: TypeDeclaration): void => {
    if (ordered.includes(d)) return;
    for (const h of ts.isTypeAliasDeclaration(d) ? [] : d.heritageClauses ?? []) {
      for (const t of h.types) {
        const base = decls.find((other) => other.name?.getText() === t.expression.getText());
        if (base && base !== d) visit(base);
      }
    }
    ordered.push(d);
  };
  decls.forEach(visit);
  return ordered;
}

export function lowerModule(ctx: LowerContext): CppFile[] {
  const module = ctx.module;
  const sf = module.sourceFile;
  const headerDecls: CppDecl[] = [];
  const sourceDecls: CppDecl[] = [];
  const typeDecls = orderTypes(sf.statements.filter((s): s is TypeDeclaration => ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || isObjectTypeAlias(s)));
  const lowered: LoweredClass[] = typeDecls.map((d) => (ts.isClassDeclaration(d) ? lowerClassDeclaration(d, ctx) : lowerInterfaceDeclaration(d, ctx)));
  for (const d of typeDecls) headerDecls.push({ kind: "forward", name: cppName(d.name!.text), template: templateParameters(d) });
  for (const e of sf.statements.filter(ts.isEnumDeclaration)) headerDecls.push(lowerEnumDeclaration(e, ctx));
  for (const d of constObjects(sf)) lowered.unshift(lowerConstObjectShape(d, ctx));
  for (const l of lowered) headerDecls.push(l.struct);

  const privatePrototypes: CppFunction[] = [];
  const functionDefinitions: CppFunction[] = [];
  // templates (generic classes, functions, methods) are defined in the header, after every struct
  const templateDefinitions: CppDecl[] = [];
  for (const l of lowered) {
    const generic = l.struct.kind === "struct" && l.struct.template !== undefined;
    for (const d of l.definitions) (generic || (d.kind === "function" && d.templates) ? templateDefinitions : sourceDecls).push(d);
  }
  const functions: [ts.Node, ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression, string | undefined][] = [];
  for (const f of sf.statements.filter(ts.isFunctionDeclaration)) if (f.body) functions.push([f, f, undefined]);
  for (const s of sf.statements.filter(ts.isVariableStatement)) {
    for (const d of s.declarationList.declarations) if (isGenericConstFunction(d)) functions.push([s, d.initializer, (d.name as ts.Identifier).text]);
  }
  for (const [statement, f, constName] of functions) {
    const { prototype, definition } = lowerFunctionDeclaration(f, ctx, constName);
    (isExported(statement) ? headerDecls : privatePrototypes).push(prototype as CppDecl);
    (definition.templates ? templateDefinitions : functionDefinitions).push(definition);
  }
  const globals: CppDecl[] = [];
  for (const s of sf.statements.filter(ts.isVariableStatement)) {
    for (const d of s.declarationList.declarations) {
      if (isGenericConstFunction(d)) continue;
      if (!ts.isIdentifier(d.name)) {
        // const [a, b] = ... / const { x } = ... at module level: one global per name, assigned in moduleInit
        for (const element of bindingElementsOf(d.name)) {
          const type = cppTypeOf(ctx.checker.getTypeAtLocation(element.name), ctx);
          const name = cppName((element.name as ts.Identifier).text);
          if (isExported(s) || templateDefinitions.length) headerDecls.push({ kind: "var", type, name, isExtern: true });
          globals.push({ kind: "var", type, name, init: b.name("{}"), origin: originOf(element, ctx) });
        }
        continue;
      }
      const type = declaredCppType(d, cppTypeOf(ctx.checker.getTypeAtLocation(d.name), ctx), ctx);
      const name = cppName((d.name as ts.Identifier).text);
      const constant = (s.declarationList.flags & ts.NodeFlags.Const) !== 0 && isStaticInitializer(d);
      const init = isStaticInitializer(d) ? lowerExpression(d.initializer!, ctx) : undefined;
      if (isExported(s) || templateDefinitions.length) headerDecls.push({ kind: "var", type, name, isExtern: true, isConst: constant });
      globals.push({ kind: "var", type, name, init: init ?? b.name("{}"), isConst: constant, origin: originOf(d, ctx) });
    }
  }
  // template bodies may call the module's private functions and read its private globals: declare them too
  if (templateDefinitions.length) headerDecls.push(...(privatePrototypes.splice(0) as CppDecl[]));
  headerDecls.push({ kind: "function", name: "tsesp_moduleInit", returnType: "void", params: [] }, ...templateDefinitions);

  const imports = importedModules(sf, ctx);
  const initBody: CppStmt[] = [
    b.varDecl("static bool", "initialized", b.name("false")),
    { kind: "if", test: b.name("initialized"), then: [b.ret()] },
    b.exprStmt(b.assign(b.name("initialized"), b.name("true"))),
    // an error thrown by an imported module's top-level code stops this module's too
    ...imports.map((m) => b.exprStmt(ctx.mayThrow ? guard(b.call(`${m.namespace}::tsesp_moduleInit`), true) : b.call(`${m.namespace}::tsesp_moduleInit`))),
    ...lowered.flatMap((l) => l.staticInits),
    ...lowerStatements(sf.statements.filter((s) => isTopLevelCode(s)), ctx),
  ];
  sourceDecls.unshift(...privatePrototypes, ...globals);
  sourceDecls.push(...functionDefinitions);
  sourceDecls.push({ kind: "function", name: "tsesp_moduleInit", returnType: "void", params: [], body: resolveUnwind(initBody, "return") });

  const header: CppFile = {
    path: module.headerPath,
    header: [`Generated by ts-esp from ${module.displayPath}: declarations of module ${module.namespace}. Do not edit.`],
    pragmaOnce: true,
    decls: [
      { kind: "include", path: "tsesp/tsesp.h" },
      ...(usesNetApi(sf, ctx.checker) ? [{ kind: "include", path: NET_HEADER } as CppDecl] : []),
      ...imports.map((m): CppDecl => ({ kind: "include", path: m.headerPath })),
      { kind: "namespace", name: module.namespace, decls: headerDecls },
    ],
  };
  const source: CppFile = {
    path: module.sourcePath,
    header: [`Generated by ts-esp from ${module.displayPath}: definitions of module ${module.namespace}. Do not edit.`],
    pragmaOnce: false,
    decls: [{ kind: "include", path: module.headerPath }, { kind: "namespace", name: module.namespace, decls: sourceDecls }],
  };
  return [header, source];
}

/** Module-level `const X = { ... } as const`: each gets a struct X_type (classes.ts lowerConstObjectShape). */
function constObjects(sf: ts.SourceFile): ts.VariableDeclaration[] {
  return sf.statements.filter(ts.isVariableStatement).flatMap((s) => [...s.declarationList.declarations]).filter((d) =>
    d.initializer !== undefined && ts.isAsExpression(d.initializer) && ts.isObjectLiteralExpression(d.initializer.expression));
}

function isTopLevelCode(s: ts.Statement): boolean {
  return !(
    ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isEnumDeclaration(s) ||
    ts.isImportDeclaration(s) || ts.isExportDeclaration(s) || ts.isTypeAliasDeclaration(s)
  );
}
