// Functions: parameters (optional -> tsesp::Optional<T> = tsesp::undefined, default -> C++ default
// argument, captured-and-reassigned -> a Box made in the prologue), bodies (expression bodies
// become `return`), and module-level function declarations -> C++ functions in the module namespace.
import { ts } from "ts-morph";
import * as b from "../cpp/builders";
import type { CppFunction, CppParam, CppStmt } from "../cpp/nodes";
import { originOf, withFunction, type LowerContext } from "./context";
import { lowerExpression, unsupported } from "./expressions/index";
import { resolveSymbol } from "./expressions/Identifier";
import { templateParameters } from "./shared/generics";
import { cppName } from "./shared/names";
import { lowerBinding } from "./statements/BindingPattern";
import { lowerStatements } from "./statements/index";
import { resolveUnwind, unwindIfPending, withoutGuards } from "./shared/unwind";
import { needsFinalReturn } from "./statements/TryStatement";
import { cppTypeOf } from "./types";
import { declaredCppType, declaredReturnCppType } from "./shared/fixedWidth";

export function lowerParameters(
  params: readonly ts.ParameterDeclaration[],
  ctx: LowerContext,
  withDefaults: boolean,
): { params: CppParam[]; prologue: CppStmt[] } {
  const out: CppParam[] = [];
  const prologue: CppStmt[] = [];
  for (const [i, p] of params.entries()) {
    if (!ts.isIdentifier(p.name)) {
      // ({ x, y }: Point) / ([a, b]: number[]): an unnamed parameter destructured in the prologue
      const type = cppTypeOf(ctx.checker.getTypeAtLocation(p), ctx);
      const name = `tsesp_param${i}`;
      out.push({ type, name, defaultValue: withDefaults && p.initializer ? withoutGuards(lowerExpression(p.initializer, ctx)) : undefined });
      prologue.push(...lowerBinding(p.name, b.name(name), false, ctx, originOf(p, ctx)));
      continue;
    }
    const type = declaredCppType(p, cppTypeOf(ctx.checker.getTypeAtLocation(p.name), ctx), ctx);
    // an unused parameter stays unnamed: -Wunused-parameter, and JS callbacks often ignore arguments
    const name = isReferenced(p, ctx) || ts.isParameterPropertyDeclaration(p, p.parent) ? cppName(p.name.text) : "";
    let defaultValue = undefined;
    // a C++ default argument cannot leave the caller: a throw there is seen by the callee's entry check
    if (p.initializer) defaultValue = withoutGuards(lowerExpression(p.initializer, ctx));
    else if (p.questionToken) defaultValue = b.name("tsesp::undefined");
    if (ctx.boxed.has(p)) {
      out.push({ type, name: `${name}_param`, defaultValue: withDefaults ? defaultValue : undefined });
      prologue.push({ kind: "var", type: `tsesp::Box<${type}>`, name, init: b.name(`${name}_param`), direct: true });
    } else {
      out.push({ type, name, defaultValue: withDefaults ? defaultValue : undefined });
    }
  }
  return { params: out, prologue };
}

export function lowerFunctionBody(body: ts.ConciseBody | undefined, ctx: LowerContext): CppStmt[] {
  // a pending error leaves the function with a default value (shared/unwind.ts)
  const returnsVoid = !ctx.returnType || (ctx.returnType.flags & (ts.TypeFlags.Void | ts.TypeFlags.Never)) !== 0;
  const statements = lowerBodyStatements(body, ctx);
  if (!returnsVoid && (needsFinalReturn(body) || endsInSwitch(body))) statements.push(b.ret(b.name("{}")));
  // a callback that library code (forEach, map, sort, ...) calls again after a throw does nothing
  if (ctx.mayThrow && body && isCallbackBody(body)) statements.unshift(unwindIfPending());
  return resolveUnwind(statements, returnsVoid ? "return" : "return {}");
}

/** A body ending in a switch that TS knows returns on every path (an exhaustive switch over a union's
 * `kind` without default): C++ cannot see that, so an unreachable `return {}` follows. */
function endsInSwitch(body: ts.ConciseBody | undefined): boolean {
  if (!body || !ts.isBlock(body)) return false;
  const last = body.statements[body.statements.length - 1];
  return last !== undefined && ts.isSwitchStatement(last);
}

function isCallbackBody(body: ts.ConciseBody): boolean {
  const fn = body.parent;
  return ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn); // (methods are never values)
}

function lowerBodyStatements(body: ts.ConciseBody | undefined, ctx: LowerContext): CppStmt[] {
  if (!body) return [];
  if (ts.isBlock(body)) return lowerStatements(body.statements, ctx);
  const value = lowerExpression(body, ctx);
  const returnsVoid = ctx.returnType && ctx.returnType.flags & ts.TypeFlags.Void;
  return [returnsVoid ? b.exprStmt(value) : { ...b.ret(value), origin: originOf(body, ctx) }];
}

/**
 * `function f(a: number): number {...}` at module level -> `double f(double a) {...}`; a generic one
 * (also `const f = <T>(x: T) => ...`, named by its const) -> a function template (shared/generics.ts).
 */
export function lowerFunctionDeclaration(
  node: ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression, ctx: LowerContext, constName?: string,
): { prototype: CppFunction; definition: CppFunction } {
  const signature = ctx.checker.getSignatureFromDeclaration(node)!;
  const returnType = signature.getReturnType();
  const inner = withFunction(ctx, returnType, "this");
  const { params, prologue } = lowerParameters(node.parameters, inner, true);
  const name = cppName(constName ?? node.name!.text);
  const ret = declaredReturnCppType(node, cppTypeOf(returnType, ctx), ctx);
  const origin = originOf(node, ctx);
  const tparams = templateParameters(node);
  const templates = tparams ? [tparams] : undefined;
  const prototype: CppFunction = { kind: "function", name, returnType: ret, params, origin, templates };
  const definition: CppFunction = {
    kind: "function",
    templates,
    name,
    returnType: ret,
    params: params.map((p) => ({ ...p, defaultValue: undefined })),
    body: [...prologue, ...lowerFunctionBody(node.body, inner)],
    origin,
  };
  return { prototype, definition };
}

function isReferenced(p: ts.ParameterDeclaration, ctx: LowerContext): boolean {
  const fn = p.parent;
  const body = "body" in fn ? (fn as ts.FunctionLikeDeclaration).body : undefined;
  if (!body) return true;
  const symbol = ctx.checker.getSymbolAtLocation(p.name);
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(n) && n.text === (p.name as ts.Identifier).text && resolveSymbol(n, ctx) === symbol) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(body);
  for (const other of fn.parameters) if (!found && other.initializer) visit(other.initializer);
  return found;
}
