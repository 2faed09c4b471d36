// Spread into library calls (check/rules/noSpreadRest.ts accepts exactly these):
//   Math.max(a, ...xs)     -> tsesp::maxOfArray(tsesp::Array<double>().concat(a, xs))    (min alike)
//   xs.push(...ys)         -> tsesp::pushAll(xs, tsesp::Array<double>().concat(ys))
//   console.log("n", ...p) -> [&]() { tsesp::LogArgs tsesp_log; tsesp_log.add(...); tsesp_log.addAll(p); tsesp_log.write(false); }()
// Arguments are evaluated once, left to right, as JS evaluates them (runtime-cpp/src/tsesp/spread.h).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerArrayParts } from "../expressions/ArrayLiteralExpression";
import { lowerExpression } from "../expressions/index";
import { cppTypeOf } from "../types";

export function lowerSpreadCall(node: ts.CallExpression, callee: ts.PropertyAccessExpression, ctx: LowerContext): CppExpr | undefined {
  if (!node.arguments.some(ts.isSpreadElement)) return undefined;
  const method = callee.name.text;
  const owner = ts.isIdentifier(callee.expression) ? callee.expression.text : undefined;
  if (owner === "Math" && (method === "max" || method === "min")) {
    return b.call(method === "max" ? "tsesp::maxOfArray" : "tsesp::minOfArray", lowerArrayParts(node.arguments, "tsesp::Array<double>", ctx));
  }
  if (owner === "console" && (method === "log" || method === "error" || method === "warn")) return lowerConsoleSpread(node, method !== "log", ctx);
  const receiverType = ctx.checker.getTypeAtLocation(callee.expression);
  if (method === "push" && ctx.checker.isArrayType(receiverType)) {
    const spelling = cppTypeOf(receiverType, ctx);
    return b.call("tsesp::pushAll", lowerExpression(callee.expression, ctx), lowerArrayParts(node.arguments, spelling, ctx));
  }
  return undefined;
}

function lowerConsoleSpread(node: ts.CallExpression, toStderr: boolean, ctx: LowerContext): CppExpr {
  const log = b.name("tsesp_log");
  const body: CppStmt[] = [b.varDecl("tsesp::LogArgs", "tsesp_log")];
  for (const arg of node.arguments) {
    if (ts.isSpreadElement(arg)) body.push(b.exprStmt(b.method(log, "addAll", lowerExpression(arg.expression, ctx))));
    else body.push(b.exprStmt(b.method(log, "add", lowerExpression(arg, ctx))));
  }
  body.push(b.exprStmt(b.method(log, "write", b.name(toStderr ? "true" : "false"))));
  return b.call(b.lambda(["&"], [], "void", body));
}
