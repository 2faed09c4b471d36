// (x: number) => x * 2 -> [=](double x) -> double { return x * 2.0; }
// Captures are by copy ([=]): boxed variables share their cell, everything else is immutable after
// capture. Inside a method, `this` is captured as `self` (a counted Ref), so the object outlives
// a timer that calls back into it.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import { withFunction, type LowerContext } from "../context";
import { lowerFunctionBody, lowerParameters } from "../functions";
import { cppTypeOf, qualifiedDeclName } from "../types";
import { declaredReturnCppType } from "../shared/fixedWidth";

export function lowerArrowFunction(node: ts.ArrowFunction | ts.FunctionExpression, ctx: LowerContext): CppExpr {
  const signature = ctx.checker.getSignatureFromDeclaration(node)!;
  const returnType = signature.getReturnType();
  const capturesThis = ctx.thisName === "this" && ctx.currentClass !== undefined && usesThis(node.body);
  const inner = withFunction(ctx, returnType, capturesThis ? "self" : ctx.thisName);
  const captures = ["="];
  if (capturesThis) captures.push(`self = tsesp::Ref<${qualifiedDeclName(ctx.currentClass!, ctx)}>(this)`);
  const { params, prologue } = lowerParameters(node.parameters, inner, false);
  return b.lambda(captures, params, declaredReturnCppType(node, cppTypeOf(returnType, ctx), ctx), [...prologue, ...lowerFunctionBody(node.body, inner)]);
}

function usesThis(node: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (n.kind === ts.SyntaxKind.ThisKeyword || n.kind === ts.SyntaxKind.SuperKeyword) found = true;
    else if (!ts.isFunctionDeclaration(n) && !ts.isFunctionExpression(n) && !ts.isClassLike(n)) ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}
