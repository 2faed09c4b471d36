// Generics are monomorphized by the C++ compiler: a generic class, interface, function or method
// lowers once to a C++ template (`class RingBuffer<T>` -> `template <typename T> struct RingBuffer`),
// every use names its type arguments explicitly (`new RingBuffer<number>(4)` ->
// `tsesp::make<RingBuffer<double>>(4.0)`, `first(xs)` -> `first<double>(xs)`, inferred ones taken
// from TypeScript's resolved signature), and g++ emits one function/struct per instantiation reached.
// A type parameter `T` is spelled `T` in C++; the runtime's overloads (==, console, toString, truthy)
// give each instantiation the behaviour JS has for that type.
import { ts } from "ts-morph";
import type { LowerContext } from "../context";
import { cppName } from "./names";

type GenericDeclaration = ts.Node & { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> };

/** The C++ template parameters of a generic declaration (["T", "U"]), undefined when it is not generic. */
export function templateParameters(decl: ts.Node | undefined): string[] | undefined {
  const params = (decl as GenericDeclaration | undefined)?.typeParameters;
  return params && params.length > 0 ? params.map((p) => cppName(p.name.text)) : undefined;
}

/** ["T"] -> "<T>"; "" when not generic. */
export const templateArgumentList = (params: readonly string[] | undefined): string => (params ? `<${params.join(", ")}>` : "");

/** A generic arrow or function expression assigned to a module-level const: lowered as a function template. */
export function isGenericConstFunction(d: ts.VariableDeclaration): d is ts.VariableDeclaration & { initializer: ts.ArrowFunction | ts.FunctionExpression } {
  const init = d.initializer;
  return init !== undefined && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && templateParameters(init) !== undefined;
}

/** True inside a generic class, function or method (C++ then needs `->template m<...>` for member templates). */
export function isInsideTemplate(node: ts.Node): boolean {
  for (let n = node.parent; n; n = n.parent) if (templateParameters(n)) return true;
  return false;
}

/**
 * The explicit C++ template arguments of a call or `new` of a generic sketch function, method or class,
 * as TypeScript resolved them (written or inferred): identity(5) -> "<double>"; "" when not generic.
 */
export function callTypeArguments(node: ts.CallExpression | ts.NewExpression, ctx: LowerContext, cppTypeOf: (t: ts.Type, ctx: LowerContext) => string): string {
  const signature = ctx.checker.getResolvedSignature(node);
  const decl = signature?.getDeclaration();
  if (!decl || !templateParameters(decl) || ts.isConstructorDeclaration(decl)) return "";
  const args = ctx.checker.getTypeArgumentsForResolvedSignature(signature!) ?? [];
  return `<${args.map((t) => cppTypeOf(t, ctx)).join(", ")}>`;
}

/** The type arguments of a reference to a generic sketch class or interface (`RingBuffer<number>`), without TS's `this` argument. */
export function referenceTypeArguments(type: ts.Type, decl: ts.Declaration, ctx: LowerContext): readonly ts.Type[] {
  const count = (decl as GenericDeclaration).typeParameters?.length ?? 0;
  if (count === 0 || !(type.flags & ts.TypeFlags.Object) || !((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference)) return [];
  return ctx.checker.getTypeArguments(type as ts.TypeReference).slice(0, count);
}
