// Classes and interfaces -> C++ structs deriving from tsesp::Object (or the base class / the one
// implemented interface). Every method is virtual, so overriding and super.m() (a qualified call)
// behave as in JS; instanceof walks a static ClassInfo chain (no RTTI). Constructors run super(...)
// as the base initializer, then parameter properties, field initializers and the rest of the body.
// Member functions are defined out of line, after every struct is complete.
import { ts } from "ts-morph";
import * as b from "../cpp/builders";
import type { CppDecl, CppExpr, CppFunction, CppMember, CppParam, CppStmt } from "../cpp/nodes";
import { originOf, withClass, withFunction, type LowerContext } from "./context";
import { lowerExpression } from "./expressions/index";
import { resolveSymbol } from "./expressions/Identifier";
import { lowerFunctionBody, lowerParameters } from "./functions";
import { cppName } from "./shared/names";
import { lowerStatements } from "./statements/index";
import { resolveExpr, resolveUnwind, unwindIfPending } from "./shared/unwind";
import { isErrorType } from "./library/errors";
import { cppClassName, cppTypeOf } from "./types";
import { templateArgumentList, templateParameters } from "./shared/generics";
import { declaredCppType, declaredReturnCppType } from "./shared/fixedWidth";

export interface LoweredClass {
  struct: CppDecl;
  definitions: CppDecl[];
  /** Static field initializers that are not constants: run by the module's init, in order. */
  staticInits: CppStmt[];
}

const isStatic = (m: ts.Node): boolean => (ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Static) !== 0;

function heritage(node: ts.ClassDeclaration | ts.InterfaceDeclaration, kind: ts.SyntaxKind, ctx: LowerContext): ts.Declaration[] {
  const clause = node.heritageClauses?.find((h) => h.token === kind);
  return (clause?.types ?? []).map((t) => resolveSymbol(t.expression, ctx)?.declarations?.[0]).filter((d): d is ts.Declaration => !!d);
}

/** Names of the data fields an interface (and the interfaces it extends) declares. */
/** The C++ struct of the first `extends`/`implements` type, with its type arguments: `extends Base<number>` -> "Base<double>". */
function heritageName(node: ts.ClassDeclaration | ts.InterfaceDeclaration, kind: ts.SyntaxKind, ctx: LowerContext): string | undefined {
  const written = node.heritageClauses?.find((h) => h.token === kind)?.types[0];
  const decl = heritage(node, kind, ctx)[0];
  return written && decl ? cppClassName(ctx.checker.getTypeAtLocation(written), decl, ctx) : undefined;
}

function interfaceFields(decl: ts.Declaration, ctx: LowerContext): Set<string> {
  const out = new Set<string>();
  if (!ts.isInterfaceDeclaration(decl)) return out;
  for (const m of decl.members) if (ts.isPropertySignature(m) && ts.isIdentifier(m.name)) out.add(m.name.text);
  for (const base of heritage(decl, ts.SyntaxKind.ExtendsKeyword, ctx)) for (const f of interfaceFields(base, ctx)) out.add(f);
  return out;
}

function classInfoMembers(name: string): CppMember[] {
  return [
    { kind: "raw", text: "static const tsesp::ClassInfo tsesp_class;" },
    { kind: "raw", text: "const tsesp::ClassInfo* classInfo() const override;" },
    { kind: "raw", text: "void tsesp_inspect(tsesp::ObjectInspection& out) const override;" },
    { kind: "raw", text: `~${name}() override;` },
  ];
}

export function lowerClassDeclaration(node: ts.ClassDeclaration, outer: LowerContext): LoweredClass {
  const ctx = withClass(outer, node);
  const name = cppName(node.name!.text);
  // a generic class is a C++ class template; its members are defined as `template <typename T> ... RingBuffer<T>::m`
  const tparams = templateParameters(node);
  const self = name + templateArgumentList(tparams);
  const templates = tparams ? [tparams] : undefined;
  const baseClass = heritage(node, ts.SyntaxKind.ExtendsKeyword, ctx)[0];
  const iface = heritage(node, ts.SyntaxKind.ImplementsKeyword, ctx)[0];
  const baseName = baseClass
    ? heritageName(node, ts.SyntaxKind.ExtendsKeyword, ctx)!
    : iface ? heritageName(node, ts.SyntaxKind.ImplementsKeyword, ctx)! : "tsesp::Object";
  // a class extending Error inherits the name/message fields of tsesp::Error (library/errors.ts)
  const errorFields = baseClass && isErrorType(ctx.checker.getTypeAtLocation(node), ctx.checker) ? ["name", "message"] : [];
  const inherited = !baseClass && iface ? interfaceFields(iface, ctx) : new Set<string>(errorFields);
  const members: CppMember[] = [...classInfoMembers(name)];
  const definitions: CppDecl[] = [];
  const staticInits: CppStmt[] = [];
  const ownFields: string[] = [];
  const ctor = node.members.find(ts.isConstructorDeclaration);

  for (const p of ctor?.parameters ?? []) {
    if (ts.isParameterPropertyDeclaration(p, ctor!) && ts.isIdentifier(p.name)) {
      ownFields.push(cppName(p.name.text));
      if (!inherited.has(p.name.text)) members.push({ kind: "field", type: declaredCppType(p, cppTypeOf(ctx.checker.getTypeAtLocation(p.name), ctx), ctx), name: cppName(p.name.text), init: b.name("{}") });
    }
  }
  for (const m of node.members) {
    if (ts.isPropertyDeclaration(m) && ts.isIdentifier(m.name)) {
      const fieldName = cppName(m.name.text);
      const type = declaredCppType(m, cppTypeOf(ctx.checker.getTypeAtLocation(m.name), ctx), ctx);
      if (isStatic(m)) {
        members.push({ kind: "field", type, name: fieldName, isStatic: true });
        definitions.push({ kind: "var", type, name: `${name}::${fieldName}`, init: b.name("{}"), origin: originOf(m, ctx) });
        if (m.initializer) {
          staticInits.push({ ...b.exprStmt(b.assign(b.name(`${name}::${fieldName}`), lowerExpression(m.initializer, withFunction(ctx, undefined)))), origin: originOf(m, ctx) });
        }
      } else {
        ownFields.push(fieldName);
        // `label?: string` without an initializer: JS defines the field as undefined (Node prints it)
        const init = m.questionToken && !m.initializer ? "tsesp::undefined" : "{}";
        if (!inherited.has(m.name.text)) members.push({ kind: "field", type, name: fieldName, init: b.name(init) });
      }
    }
  }
  members.push(...lowerConstructor(node, ctor, { name, self, templates }, baseClass ? baseName : undefined, ctx, definitions));
  for (const m of node.members) {
    if (ts.isMethodDeclaration(m) || ts.isAccessor(m)) members.push(lowerMethod(m, { name, self, templates }, baseClass, ctx, definitions));
  }
  const templatePrefix = tparams ? `template <${tparams.map((t) => `typename ${t}`).join(", ")}> ` : "";
  definitions.unshift(
    { kind: "raw", text: `${templatePrefix}const tsesp::ClassInfo ${self}::tsesp_class = {"${node.name!.text}", ${baseClass ? `&${baseName}::tsesp_class` : "nullptr"}};` },
    { kind: "function", name: `${self}::classInfo`, returnType: "const tsesp::ClassInfo*", params: [], suffix: ["const"], body: [b.ret(b.name("&tsesp_class"))], templates },
    { ...inspectDefinition(self, baseClass ? baseName : undefined, ownFields), templates },
    { kind: "function", name: `${self}::~${name}`, params: [], body: [], templates },
  );
  return { struct: { kind: "struct", name, bases: [baseName], members, origin: originOf(node, ctx), template: tparams }, definitions, staticInits };
}

function inspectDefinition(name: string, baseName: string | undefined, fields: string[]): CppFunction {
  const out = b.name("out");
  const body: CppStmt[] = [];
  if (baseName) body.push(b.exprStmt(b.call(`${baseName}::tsesp_inspect`, out)));
  // in a class template a field may come from a dependent base (`implements Sink<T>`): name it through this->
  const field = (f: string): CppExpr => (name.includes("<") ? b.member(b.name("this"), "->", f) : b.name(f));
  for (const f of fields) body.push(b.exprStmt(b.method(out, "field", b.name(JSON.stringify(f.replace(/_$/, ""))), field(f))));
  if (!fields.length && !baseName) body.push(b.exprStmt(b.call("static_cast<void>", out)));
  return { kind: "function", name: `${name}::tsesp_inspect`, returnType: "void", params: [{ type: "tsesp::ObjectInspection&", name: "out" }], suffix: ["const"], body };
}

function isSuperCall(s: ts.Statement): s is ts.ExpressionStatement & { expression: ts.CallExpression } {
  return ts.isExpressionStatement(s) && ts.isCallExpression(s.expression) && s.expression.expression.kind === ts.SyntaxKind.SuperKeyword;
}

/** How a class's members are defined out of line: `RingBuffer<T>::push` under `template <typename T>`. */
interface ClassNaming {
  name: string; // "RingBuffer"
  self: string; // "RingBuffer<T>" for a generic class, else the name
  templates?: string[][];
}

function lowerConstructor(
  node: ts.ClassDeclaration, ctor: ts.ConstructorDeclaration | undefined, naming: ClassNaming, baseName: string | undefined,
  classCtx: LowerContext, definitions: CppDecl[],
): CppMember[] {
  const ctx = withFunction(classCtx, undefined, "this");
  const inheritedCtor = !ctor && baseName ? findInheritedConstructor(node, ctx) : undefined;
  const { params, prologue } = ctor
    ? lowerParameters(ctor.parameters, ctx, true)
    : inheritedCtor
      ? forwardedParameters(inheritedCtor, ctx)
      : baseName && isErrorType(ctx.checker.getTypeAtLocation(node), ctx.checker)
        ? { params: [{ type: "tsesp::String", name: "message", defaultValue: b.name("tsesp::String()") }], prologue: [] } // Error's (message?)
        : { params: [], prologue: [] };
  const statements = ctor?.body?.statements ?? [];
  const superCall = statements.find(isSuperCall) as (ts.ExpressionStatement & { expression: ts.CallExpression }) | undefined;
  const initializers: { name: string; args: CppExpr[] }[] = [];
  if (baseName && superCall) initializers.push({ name: baseName, args: superCall.expression.arguments.map((a) => lowerExpression(a, ctx)) });
  // no constructor in a derived class: JS passes every argument on to super(...)
  if (baseName && !ctor && (inheritedCtor || params.length)) initializers.push({ name: baseName, args: params.map((p) => b.name(p.name)) });
  const body: CppStmt[] = [...prologue];
  for (const p of ctor?.parameters ?? []) {
    if (ts.isParameterPropertyDeclaration(p, ctor!) && ts.isIdentifier(p.name)) {
      const field = cppName(p.name.text);
      const value = ctx.boxed.has(p) ? b.unary("*", b.name(field)) : b.name(field);
      body.push({ ...b.exprStmt(b.assign(b.member(b.name("this"), "->", field), value)), origin: originOf(p, ctx) });
    }
  }
  for (const m of node.members) {
    if (ts.isPropertyDeclaration(m) && !isStatic(m) && m.initializer && ts.isIdentifier(m.name)) {
      body.push({ ...b.exprStmt(b.assign(b.member(b.name("this"), "->", cppName(m.name.text)), lowerExpression(m.initializer, ctx))), origin: originOf(m, ctx) });
    }
  }
  body.push(...lowerStatements(statements.filter((s) => s !== superCall), ctx));
  // an error thrown while evaluating super(...)'s arguments or in the base constructor skips the
  // body; the caller's guard drops the half-constructed object (shared/unwind.ts)
  if (ctx.mayThrow) body.splice(0, body.length, ...resolveUnwind([unwindIfPending(), ...body], "return"));
  for (const i of initializers) i.args = i.args.map((a) => resolveExpr(a, "(void)0"));
  const origin = ctor ? originOf(ctor, ctx) : originOf(node, ctx);
  const { name, self, templates } = naming;
  definitions.push({ kind: "function", name: `${self}::${name}`, params: params.map((p) => ({ ...p, defaultValue: undefined })), initializers, body, origin, templates });
  return [{ kind: "function", name, params, specifiers: params.length === 1 ? [] : [], origin }];
}

// The inherited constructor's parameters, all named, to pass on to the base.
function forwardedParameters(inherited: ts.ConstructorDeclaration, ctx: LowerContext): { params: CppParam[]; prologue: CppStmt[] } {
  const { params } = lowerParameters(inherited.parameters, { ...ctx, boxed: new Set() }, true);
  return { params: params.map((p, i) => ({ ...p, name: p.name || `arg${i}` })), prologue: [] };
}

function findInheritedConstructor(node: ts.ClassDeclaration, ctx: LowerContext): ts.ConstructorDeclaration | undefined {
  const base = heritage(node, ts.SyntaxKind.ExtendsKeyword, ctx)[0];
  if (!base || !ts.isClassDeclaration(base)) return undefined;
  return base.members.find(ts.isConstructorDeclaration) ?? findInheritedConstructor(base, ctx);
}

/** A method's C++ name; accessors `get size()` / `set size(v)` -> get_size / set_size (expressions/accessors.ts). */
function memberCppName(m: ts.MethodDeclaration | ts.AccessorDeclaration | ts.MethodSignature): string {
  const prefix = ts.isGetAccessor(m) ? "get_" : ts.isSetAccessor(m) ? "set_" : "";
  return prefix + cppName((m.name as ts.Identifier).text);
}

// m(x: number): number {...} -> virtual double m(double x); abstract m(): number; -> virtual double m() = 0;
function lowerMethod(m: ts.MethodDeclaration | ts.AccessorDeclaration, naming: ClassNaming, baseClass: ts.Declaration | undefined, classCtx: LowerContext, definitions: CppDecl[]): CppFunction {
  const signature = classCtx.checker.getSignatureFromDeclaration(m)!;
  const returnType = signature.getReturnType();
  const ctx = withFunction(classCtx, returnType, "this");
  const { params, prologue } = lowerParameters(m.parameters, ctx, true);
  const name = memberCppName(m);
  const ret = ts.isSetAccessor(m) ? "void" : declaredReturnCppType(m, cppTypeOf(returnType, ctx), ctx);
  const origin = originOf(m, ctx);
  const staticMethod = isStatic(m);
  const overrides = !staticMethod && baseClass !== undefined && baseHasMethod(baseClass, name, ctx);
  // a generic method is a member template: never virtual (check/ refuses overriding one)
  const own = templateParameters(m);
  if (!m.body) {
    return { kind: "function", name, returnType: ret, params, origin, specifiers: overrides ? [] : ["virtual"], suffix: overrides ? ["override", "= 0"] : ["= 0"] };
  }
  definitions.push({
    kind: "function", name: `${naming.self}::${name}`, returnType: ret, params: params.map((p) => ({ ...p, defaultValue: undefined })),
    body: [...prologue, ...lowerFunctionBody(m.body, ctx)], origin,
    templates: naming.templates || own ? [...(naming.templates ?? []), ...(own ? [own] : [])] : undefined,
  });
  return {
    kind: "function", name, returnType: ret, params, origin, templates: own ? [own] : undefined,
    specifiers: staticMethod ? ["static"] : overrides || own ? [] : ["virtual"],
    suffix: overrides ? ["override"] : [],
  };
}

function baseHasMethod(base: ts.Declaration, method: string, ctx: LowerContext): boolean {
  if (!ts.isClassDeclaration(base)) return false;
  if (base.members.some((m) => (ts.isMethodDeclaration(m) || ts.isAccessor(m)) && ts.isIdentifier(m.name) && memberCppName(m) === method)) return true;
  const next = heritage(base, ts.SyntaxKind.ExtendsKeyword, ctx)[0];
  return next ? baseHasMethod(next, method, ctx) : false;
}

/** interface Shape { name: string; area(): number } -> struct Shape : tsesp::Object { tsesp::String name{}; virtual double area() = 0; } */
/** const CONFIG = { port: 80, name: "x" } as const -> struct CONFIG_type : tsesp::Object { double port{}; tsesp::String name{}; } */
export function lowerConstObjectShape(decl: ts.VariableDeclaration, ctx: LowerContext): LoweredClass {
  const name = `${cppName((decl.name as ts.Identifier).text)}_type`;
  const literal = (decl.initializer as ts.AsExpression).expression as ts.ObjectLiteralExpression;
  const members: CppMember[] = [{ kind: "raw", text: "void tsesp_inspect(tsesp::ObjectInspection& out) const override;" }];
  const fields: string[] = [];
  for (const p of literal.properties) {
    if (!p.name || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) continue;
    fields.push(cppName(p.name.text));
    members.push({ kind: "field", type: cppTypeOf(ctx.checker.getTypeAtLocation(p), ctx), name: cppName(p.name.text), init: b.name("{}") });
  }
  return {
    struct: { kind: "struct", name, bases: ["tsesp::Object"], members, origin: originOf(decl, ctx) },
    definitions: [inspectDefinition(name, undefined, fields)],
    staticInits: [],
  };
}

/** `type Point = { x: number; y: number }`: lowered like an interface. */
export type ObjectTypeAlias = ts.TypeAliasDeclaration & { type: ts.TypeLiteralNode };

export function lowerInterfaceDeclaration(node: ts.InterfaceDeclaration | ObjectTypeAlias, ctx: LowerContext): LoweredClass {
  const name = cppName(node.name.text);
  const tparams = templateParameters(node);
  const members: CppMember[] = [{ kind: "raw", text: "void tsesp_inspect(tsesp::ObjectInspection& out) const override;" }];
  const fields: string[] = [];
  for (const m of ts.isInterfaceDeclaration(node) ? node.members : node.type.members) {
    if (ts.isPropertySignature(m) && ts.isIdentifier(m.name)) {
      fields.push(cppName(m.name.text));
      members.push({ kind: "field", type: declaredCppType(m, cppTypeOf(ctx.checker.getTypeAtLocation(m.name), ctx), ctx), name: cppName(m.name.text), init: b.name("{}") });
    } else if ((ts.isMethodSignature(m) || ts.isAccessor(m)) && ts.isIdentifier(m.name)) {
      const signature = ctx.checker.getSignatureFromDeclaration(m)!;
      const { params } = lowerParameters(m.parameters, ctx, true);
      const returnType = ts.isSetAccessor(m) ? "void" : cppTypeOf(signature.getReturnType(), ctx);
      members.push({ kind: "function", name: memberCppName(m), returnType, params, specifiers: ["virtual"], suffix: ["= 0"] });
    }
  }
  const baseName = ts.isInterfaceDeclaration(node) ? heritageName(node, ts.SyntaxKind.ExtendsKeyword, ctx) : undefined;
  return {
    struct: { kind: "struct", name, bases: [baseName ?? "tsesp::Object"], members, origin: originOf(node, ctx), template: tparams },
    definitions: [{ ...inspectDefinition(name + templateArgumentList(tparams), baseName, fields), templates: tparams ? [tparams] : undefined }],
    staticInits: [],
  };
}

/**
 * enum Color { Red, Green = 5 } -> struct Color { static constexpr double Red = 0.0; ... };
 * string enums: enum Mode { Idle = "idle" } -> struct Mode { static inline const tsesp::String Idle{"idle"}; };
 */
export function lowerEnumDeclaration(node: ts.EnumDeclaration, ctx: LowerContext): CppDecl {
  const members: CppMember[] = node.members.map((m) => {
    const value = ctx.checker.getConstantValue(m);
    if (typeof value === "string") {
      // enum Mode { Idle = "idle" } -> static inline const tsesp::String Idle{"idle"};
      const bytes = b.wtf8(value);
      const init = bytes.length === 0 ? "" : bytes.includes(0) ? `${b.stringLiteral(bytes)}, ${bytes.length}` : b.stringLiteral(bytes);
      return { kind: "raw", text: `static inline const tsesp::String ${cppName((m.name as ts.Identifier).text)}{${init}};` };
    }
    return { kind: "raw", text: `static constexpr double ${cppName((m.name as ts.Identifier).text)} = ${b.numberLiteral(Number(value)).kind === "name" ? (b.numberLiteral(Number(value)) as { name: string }).name : "0.0"};` };
  });
  return { kind: "struct", name: cppName(node.name.text), bases: [], members, origin: originOf(node, ctx) };
}
