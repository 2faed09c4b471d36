// Warnings (TSESP3001-3004) where a fixed-width number (`u8`, `i32`, `f32`, ...) makes the device
// print something Node does not: a store whose value can leave the type's range or carry a fraction,
// an f32 store that rounds, `++`/`--` that can wrap. Stores are initializers, assignments (plain
// and compound), returns, arguments, object-literal properties and field initializers; the range
// comes from shared/numericRange.ts. The sketch still compiles (docs/numbers.md).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";
import {
  combineRanges, fixedWidthOfDeclaration, fixedWidthOfTypeNode, fixedWidthOfValue, isFloat32Exact, rangeOf, type FixedWidth, type NumericRange,
} from "./shared/numericRange";

const K = ts.SyntaxKind;

export const fixedWidthStores: SubsetRule = {
  code: "TSESP3001",
  name: "fixedWidthStores",
  visit(node, ctx) {
    const checker = ctx.checker;
    if ((ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isParameter(node)) && node.initializer) {
      const width = fixedWidthOfDeclaration(node, checker);
      if (width) checkStore(node.initializer, width, `the initial value of '${node.name.getText()}'`, ctx);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind >= K.FirstAssignment && node.operatorToken.kind <= K.LastAssignment) {
      checkAssignment(node, ctx);
    } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === K.PlusPlusToken || node.operator === K.MinusMinusToken)) {
      checkStep(node, ctx);
    } else if (ts.isReturnStatement(node) && node.expression) {
      const fn = ts.findAncestor(node.parent, ts.isFunctionLike);
      const width = fn && "type" in fn ? fixedWidthOfTypeNode(fn.type, checker) : undefined;
      if (width) checkStore(node.expression, width, "the returned value", ctx);
    } else if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) {
      const width = fixedWidthOfTypeNode(node.type, checker);
      if (width) checkStore(node.body, width, "the returned value", ctx);
    } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      checkArguments(node, ctx);
    } else if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
      const property = checker.getContextualType(node.parent)?.getProperty(node.name.getText());
      const width = fixedWidthOfDeclaration(property?.valueDeclaration, checker);
      if (width) checkStore(node.initializer, width, `property '${node.name.getText()}'`, ctx);
    }
  },
};

function checkAssignment(node: ts.BinaryExpression, ctx: RuleContext): void {
  const width = fixedWidthOfValue(node.left, ctx.checker);
  if (!width) return;
  const name = node.left.getText();
  if (node.operatorToken.kind === K.EqualsToken) {
    checkStore(node.right, width, `the value stored into '${name}'`, ctx);
    return;
  }
  // x op= v stores `x op v`
  const op = compoundToBinary(node.operatorToken.kind);
  if (op === undefined) return;
  const r = combineRanges(op, width, rangeOf(node.right, ctx.checker));
  reportRange(r, node, width, `'${node.getText()}'`, ctx);
}

function compoundToBinary(kind: ts.SyntaxKind): ts.BinaryOperator | undefined {
  const map: Partial<Record<ts.SyntaxKind, ts.BinaryOperator>> = {
    [K.PlusEqualsToken]: K.PlusToken, [K.MinusEqualsToken]: K.MinusToken, [K.AsteriskEqualsToken]: K.AsteriskToken,
    [K.SlashEqualsToken]: K.SlashToken, [K.PercentEqualsToken]: K.PercentToken, [K.AmpersandEqualsToken]: K.AmpersandToken,
    [K.BarEqualsToken]: K.BarToken, [K.CaretEqualsToken]: K.CaretToken, [K.LessThanLessThanEqualsToken]: K.LessThanLessThanToken,
    [K.GreaterThanGreaterThanEqualsToken]: K.GreaterThanGreaterThanToken,
    [K.GreaterThanGreaterThanGreaterThanEqualsToken]: K.GreaterThanGreaterThanGreaterThanToken,
    [K.AsteriskAsteriskEqualsToken]: K.AsteriskAsteriskToken,
  };
  return map[kind];
}

function checkArguments(node: ts.CallExpression | ts.NewExpression, ctx: RuleContext): void {
  const decl = ctx.checker.getResolvedSignature(node)?.declaration;
  if (!decl || ts.isJSDocSignature(decl) || decl.getSourceFile().isDeclarationFile) return;
  for (const [i, arg] of (node.arguments ?? []).entries()) {
    const param = decl.parameters[i];
    if (!param || param.dotDotDotToken || ts.isSpreadElement(arg)) return;
    const width = fixedWidthOfDeclaration(param, ctx.checker);
    if (width) checkStore(arg, width, `the argument for '${param.name.getText()}'`, ctx);
  }
}

/** Reports at `at` (default: the value) when `value` can differ once stored as `width`. */
function checkStore(value: ts.Expression, width: FixedWidth, what: string, ctx: RuleContext, at: ts.Node = value): void {
  if (width.name === "f32") {
    if (!isFloat32Exact(value, ctx.checker)) ctx.report(report.float32Precision(at, what));
    return;
  }
  reportRange(rangeOf(value, ctx.checker), at, width, what, ctx);
}

function reportRange(r: NumericRange, at: ts.Node, width: FixedWidth, what: string, ctx: RuleContext): void {
  if (width.name === "f32") {
    if (!(r.lo === r.hi ? Math.fround(r.lo) === r.lo : r.integral && r.lo >= -(2 ** 24) && r.hi <= 2 ** 24)) ctx.report(report.float32Precision(at, what));
    return;
  }
  if (r.lo < width.lo || r.hi > width.hi) {
    ctx.report(report.fixedWidthOverflow(at, what, width.name, rangeText(width), maskHint(width)));
  } else if (!r.integral) {
    ctx.report(report.fixedWidthFraction(at, what, width.name));
  }
}

function checkStep(node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, ctx: RuleContext): void {
  const width = fixedWidthOfValue(node.operand, ctx.checker);
  if (!width || width.name === "f32") return;
  const up = node.operator === K.PlusPlusToken;
  if (isBoundedLoopStep(node, width, up, ctx)) return;
  const name = node.operand.getText();
  const op = up ? "++" : "--";
  const hint = `bound it by a loop condition (\`${name} ${up ? "<" : ">"} ${up ? width.hi : width.lo}\`) or wrap on purpose: \`${name} = (${name} ${up ? "+" : "-"} 1) ${MASKS[width.name]}\``;
  ctx.report(report.fixedWidthStep(node, name, op, width.name, rangeText(width), hint));
}

/** `for (...; i < N; i++)` with N <= max (or `i > N; i--` with N >= min): the step never wraps. */
function isBoundedLoopStep(node: ts.Node, width: FixedWidth, up: boolean, ctx: RuleContext): boolean {
  const loop = node.parent;
  if (!ts.isForStatement(loop) || loop.incrementor !== node || !loop.condition || !ts.isBinaryExpression(loop.condition)) return false;
  const operand = (node as ts.PrefixUnaryExpression).operand;
  const cond = loop.condition;
  const symbol = (n: ts.Node) => ctx.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(n) ? n.name : n);
  if (symbol(cond.left) === undefined || symbol(cond.left) !== symbol(operand)) return false;
  const bound = rangeOf(cond.right, ctx.checker);
  switch (cond.operatorToken.kind) {
    case K.LessThanToken: return up && bound.hi <= width.hi;
    case K.LessThanEqualsToken: return up && bound.hi < width.hi;
    case K.GreaterThanToken: return !up && bound.lo >= width.lo;
    case K.GreaterThanEqualsToken: return !up && bound.lo > width.lo;
    default: return false;
  }
}

const rangeText = (w: FixedWidth) => `${w.lo}..${w.hi}`;

const MASKS: Record<string, string> = {
  u8: "& 0xff", u16: "& 0xffff", u32: ">>> 0", i32: "| 0", i8: "<< 24 >> 24", i16: "<< 16 >> 16",
};

function maskHint(w: FixedWidth): string {
  return `keep it in range where it is stored, e.g. \`(...) ${MASKS[w.name]}\`, so Node wraps it the same way`;
}
