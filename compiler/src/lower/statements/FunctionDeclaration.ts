// A function declared inside a function body -> a closure variable at the top of its block:
// `tsesp::Function<double(double)> square = [=](double x) -> double {...};` (boxed when recursive).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt } from "../../cpp/nodes";
import { isNonEscapingRecursive } from "../shared/captures";
import { originOf, withFunction, type LowerContext } from "../context";
import { lowerFunctionBody, lowerParameters } from "../functions";
import { cppName } from "../shared/names";
import { cppFunctionType, cppTypeOf } from "../types";
import { declaredReturnCppType } from "../shared/fixedWidth";

export function lowerNestedFunctionDeclaration(node: ts.FunctionDeclaration, ctx: LowerContext): CppStmt[] {
  if (ctx.atModuleTop && ts.isSourceFile(node.parent)) return []; // module level: a C++ function (modules.ts)
  const signature = ctx.checker.getSignatureFromDeclaration(node)!;
  const returnType = signature.getReturnType();
  const inner = withFunction(ctx, returnType);
  const { params, prologue } = lowerParameters(node.parameters, inner, false);
  const fnType = cppFunctionType(signature, ctx);
  const lambda = b.lambda(["="], params, declaredReturnCppType(node, cppTypeOf(returnType, ctx), ctx), [...prologue, ...lowerFunctionBody(node.body, inner)]);
  const name = cppName(node.name!.text);
  const origin = originOf(node, ctx);
  if (isNonEscapingRecursive(node, node.getSourceFile(), ctx.checker)) {
    // only called directly: the closure refers to itself by reference, no Box, no cycle
    return [
      { kind: "var", type: fnType, name, origin },
      { ...b.exprStmt(b.assign(b.name(name), { ...lambda, captures: ["=", `&${name}`] } as CppExpr)), origin },
    ];
  }
  if (ctx.boxed.has(node)) {
    return [
      { kind: "var", type: `tsesp::Box<${fnType}>`, name, init: b.call(fnType), direct: true, origin },
      { ...b.exprStmt(b.assign(b.unary("*", b.name(name)), lambda)), origin },
    ];
  }
  return [{ kind: "var", type: fnType, name, init: lambda, origin }];
}
