// Spread and rest that are not compiled yet -> TSESP2021: object spread of values that are not the
// sketch's data objects, spread of anything but an array, spread into library calls other than
// Math.max/min, xs.push and console.log, spread into a parameter that is not a rest parameter, and
// rest parameters whose type is not an array. Compiled: `[a, ...xs]`, `f(1, ...xs)` into
// `function f(a: number, ...rest: number[])`, `Math.max(...xs)`, `{ ...DEFAULTS, port: 80 }`.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";
import { isHomogeneousTuple } from "./shared/types";

export const noSpreadRest: SubsetRule = {
  code: "TSESP2021",
  name: "noSpreadRest",
  visit(node, ctx) {
    if (ts.isSpreadAssignment(node)) {
      checkObjectSpread(node, ctx);
    } else if (ts.isSpreadElement(node)) {
      checkSpread(node, ctx);
    } else if (ts.isParameter(node) && node.dotDotDotToken !== undefined && !ctx.checker.isArrayType(ctx.checker.getTypeAtLocation(node.name))) {
      ctx.report(report.spreadRest(node, "a rest parameter of a non-array type", "declare it as an array: `...values: number[]`"));
    }
  },
};

function checkSpread(node: ts.SpreadElement, ctx: RuleContext): void {
  const type = ctx.checker.getTypeAtLocation(node.expression);
  if (!ctx.checker.isArrayType(type) && !isHomogeneousTuple(type, ctx.checker)) {
    ctx.report(report.spreadRest(node, "spread '...' of a non-array value", "spread arrays only; convert first, e.g. `s.split(\"\")`"));
    return;
  }
  const parent = node.parent;
  if (ts.isArrayLiteralExpression(parent)) return;
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
    const declaration = ctx.checker.getResolvedSignature(parent)?.getDeclaration();
    const params = declaration && "parameters" in declaration ? (declaration.parameters as readonly ts.ParameterDeclaration[]) : [];
    const rest = params.findIndex((p) => p.dotDotDotToken !== undefined);
    const list: readonly ts.Expression[] = parent.arguments ?? [];
    const index = list.indexOf(node);
    const isLib = declaration === undefined || ctx.isEsLibDeclaration(declaration) || ctx.isTsEspLibDeclaration(declaration);
    if (!isLib && rest >= 0 && index >= rest) return;
    if (isLib && isCompiledLibrarySpread(parent, ctx)) return;
    if (isLib) ctx.report(report.spreadRest(node, "spread '...' into a library call", "spread into Math.max/Math.min, xs.push or console.log only; elsewhere loop over it (`for (const y of ys) xs.unshift(y)`)"));
    else ctx.report(report.spreadRest(node, "spread '...' into a parameter that is not a rest parameter", "pass the elements by index, or declare a rest parameter"));
    return;
  }
  ctx.report(report.spreadRest(node, "spread '...'", "build an array first, then pass it"));
}

/**
 * `{ ...defaults, port: 80 }` is compiled when the literal creates a sketch interface and the spread
 * value is a sketch object whose properties are all data (no methods: JS would copy only own fields).
 */
function checkObjectSpread(node: ts.SpreadAssignment, ctx: RuleContext): void {
  const type = ctx.checker.getTypeAtLocation(node.expression);
  const decl = type.getSymbol()?.declarations?.[0];
  const isSketchObject = decl !== undefined && (ts.isInterfaceDeclaration(decl) || ts.isClassDeclaration(decl)) && !decl.getSourceFile().isDeclarationFile;
  if (!isSketchObject) {
    ctx.report(report.spreadRest(node, `object spread of a '${ctx.checker.typeToString(type)}' value`, "spread an object of one of the sketch's interfaces, or assign the properties one by one: `{ x: p.x, y: 3 }`"));
    return;
  }
  const isData = (p: ts.Symbol) => (p.valueDeclaration !== undefined && (ts.isPropertySignature(p.valueDeclaration) || ts.isPropertyDeclaration(p.valueDeclaration) || ts.isParameter(p.valueDeclaration)));
  if (!type.getProperties().every(isData)) {
    ctx.report(report.spreadRest(node, "object spread of a value with methods or accessors", "spread plain data objects (interfaces of fields), or assign the properties one by one"));
  }
}

/** Math.max(...xs), Math.min(...xs), xs.push(...ys) on an array, console.log/error/warn(...parts). */
function isCompiledLibrarySpread(call: ts.CallExpression | ts.NewExpression, ctx: RuleContext): boolean {
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return false;
  const callee = call.expression;
  const method = callee.name.text;
  const owner = ts.isIdentifier(callee.expression) ? callee.expression.text : undefined;
  if (owner === "Math") return method === "max" || method === "min";
  if (owner === "console") return method === "log" || method === "error" || method === "warn";
  return method === "push" && ctx.checker.isArrayType(ctx.checker.getTypeAtLocation(callee.expression));
}
