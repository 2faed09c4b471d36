// What a `number` expression can be, for the fixed-width warnings (fixedWidthStores.ts): an interval
// and whether it is always a whole number, from literals, fixed-width reads, masks, shifts, %, +-*
// and Math rounding. Anything else is `unknown` (the compiler cannot prove a range). The fixed-width
// annotations are recognized here as in lower/shared/fixedWidth.ts (lib aliases, plain annotations).
import { ts } from "ts-morph";

export interface NumericRange {
  lo: number;
  hi: number;
  integral: boolean;
}

export interface FixedWidth {
  name: string; // "u8"
  lo: number;
  hi: number;
  integral: boolean;
}

const WIDTHS: Record<string, FixedWidth> = {
  i8: { name: "i8", lo: -128, hi: 127, integral: true },
  i16: { name: "i16", lo: -32768, hi: 32767, integral: true },
  i32: { name: "i32", lo: -2147483648, hi: 2147483647, integral: true },
  u8: { name: "u8", lo: 0, hi: 255, integral: true },
  u16: { name: "u16", lo: 0, hi: 65535, integral: true },
  u32: { name: "u32", lo: 0, hi: 4294967295, integral: true },
  f32: { name: "f32", lo: -Infinity, hi: Infinity, integral: false },
};

const INT32: NumericRange = { lo: -2147483648, hi: 2147483647, integral: true };
const UNKNOWN: NumericRange = { lo: -Infinity, hi: Infinity, integral: false };

/** ts-esp's `u8` (compiler/lib/types.d.ts) named by a plain type annotation. */
export function fixedWidthOfTypeNode(node: ts.TypeNode | undefined, checker: ts.TypeChecker): FixedWidth | undefined {
  if (!node || !ts.isTypeReferenceNode(node) || !ts.isIdentifier(node.typeName) || node.typeArguments) return undefined;
  const width = WIDTHS[node.typeName.text];
  if (!width) return undefined;
  const decl = checker.getSymbolAtLocation(node.typeName)?.declarations?.[0];
  return decl && ts.isTypeAliasDeclaration(decl) && decl.getSourceFile().isDeclarationFile ? width : undefined;
}

export function fixedWidthOfDeclaration(decl: ts.Node | undefined, checker: ts.TypeChecker): FixedWidth | undefined {
  if (!decl) return undefined;
  if (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isPropertyDeclaration(decl) || ts.isPropertySignature(decl)) {
    return ts.isIdentifier(decl.name) ? fixedWidthOfTypeNode(decl.type, checker) : undefined;
  }
  return undefined;
}

/** The fixed width of what an identifier, `o.field` or call reads, if declared so. */
export function fixedWidthOfValue(node: ts.Expression, checker: ts.TypeChecker): FixedWidth | undefined {
  if (ts.isParenthesizedExpression(node)) return fixedWidthOfValue(node.expression, checker);
  if (ts.isCallExpression(node)) {
    const decl = checker.getResolvedSignature(node)?.declaration;
    return decl && !ts.isJSDocSignature(decl) ? fixedWidthOfTypeNode(decl.type, checker) : undefined;
  }
  if (!ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node)) return undefined;
  const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
  return fixedWidthOfDeclaration(symbol?.valueDeclaration, checker);
}

/** What the enclosing conditions say about expressions, by source text (`x > 255 ? 255 : x`). */
export type Facts = ReadonlyMap<string, NumericRange>;
const NO_FACTS: Facts = new Map();

export function rangeOf(node: ts.Expression, checker: ts.TypeChecker, facts: Facts = NO_FACTS): NumericRange {
  const fact = facts.size > 0 ? facts.get(node.getText()) : undefined;
  const r = rangeWithoutFacts(node, checker, facts);
  return fact ? { lo: Math.max(r.lo, fact.lo), hi: Math.min(r.hi, fact.hi), integral: r.integral || fact.integral } : r;
}

function rangeWithoutFacts(node: ts.Expression, checker: ts.TypeChecker, facts: Facts): NumericRange {
  const literal = checker.getTypeAtLocation(node);
  if (literal.isNumberLiteral()) return exact(literal.value);
  const constant = ts.isIdentifier(node) ? constInitializer(node, checker) : undefined;
  const width = fixedWidthOfValue(node, checker);
  if (constant) {
    // const LIMIT: i32 = 400 << 8 -> what the initializer can be (stored, so also inside the width)
    const r = rangeOf(constant, checker);
    return width && width.name !== "f32" ? { lo: Math.max(r.lo, width.lo), hi: Math.min(r.hi, width.hi), integral: true } : r;
  }
  if (width) return width.name === "f32" ? UNKNOWN : width;
  const counter = ts.isIdentifier(node) ? loopCounterRange(node, checker) : undefined;
  if (counter) return counter;
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) return rangeOf(node.expression, checker, facts);
  if (ts.isNumericLiteral(node)) return exact(Number(node.text));
  if (ts.isPrefixUnaryExpression(node)) return rangeOfPrefix(node, checker, facts);
  if (ts.isConditionalExpression(node)) {
    return join(rangeOf(node.whenTrue, checker, refine(node.condition, true, checker, facts)), rangeOf(node.whenFalse, checker, refine(node.condition, false, checker, facts)));
  }
  if (ts.isBinaryExpression(node)) return rangeOfBinary(node, checker, facts);
  if (ts.isCallExpression(node)) return rangeOfCall(node, checker, facts);
  if (ts.isPropertyAccessExpression(node) && node.name.text === "length") return { lo: 0, hi: 4294967295, integral: true };
  return UNKNOWN;
}

/** The initializer of the `const` an identifier names (never reassigned, so its value's range holds). */
function constInitializer(node: ts.Identifier, checker: ts.TypeChecker): ts.Expression | undefined {
  const decl = checker.getSymbolAtLocation(node)?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer || decl.initializer === node) return undefined;
  return ts.isVariableDeclarationList(decl.parent) && (decl.parent.flags & ts.NodeFlags.Const) !== 0 ? decl.initializer : undefined;
}

/**
 * `for (let i = 0; i < N; i++)` read inside the loop: [start, N - 1] when `i` is written only by the
 * loop's own `i++` and N's range is known (`<=`: [start, N]).
 */
function loopCounterRange(node: ts.Identifier, checker: ts.TypeChecker): NumericRange | undefined {
  const symbol = checker.getSymbolAtLocation(node);
  const decl = symbol?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer || !ts.isVariableDeclarationList(decl.parent)) return undefined;
  const loop = decl.parent.parent;
  if (!ts.isForStatement(loop) || !loop.condition || !loop.incrementor || !ts.isBinaryExpression(loop.condition)) return undefined;
  if (node.pos < loop.statement.pos || node.end > loop.statement.end) return undefined; // only inside the body
  const step = loop.incrementor;
  const isOwnStep = (ts.isPostfixUnaryExpression(step) || ts.isPrefixUnaryExpression(step)) && step.operator === ts.SyntaxKind.PlusPlusToken &&
    ts.isIdentifier(step.operand) && checker.getSymbolAtLocation(step.operand) === symbol;
  const cond = loop.condition;
  if (!isOwnStep || !ts.isIdentifier(cond.left) || checker.getSymbolAtLocation(cond.left) !== symbol) return undefined;
  const start = rangeOf(decl.initializer, checker);
  const bound = rangeOf(cond.right, checker);
  const op = cond.operatorToken.kind;
  if (!start.integral || !Number.isFinite(start.lo) || !Number.isFinite(bound.hi)) return undefined;
  if (op !== ts.SyntaxKind.LessThanToken && op !== ts.SyntaxKind.LessThanEqualsToken) return undefined;
  if (isWrittenIn(loop.statement, symbol!, checker)) return undefined;
  const hi = op === ts.SyntaxKind.LessThanToken ? Math.ceil(bound.hi) - 1 : Math.floor(bound.hi);
  return { lo: start.lo, hi: Math.max(start.lo, hi), integral: true };
}

function isWrittenIn(body: ts.Node, symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  const visit = (n: ts.Node): boolean => {
    if (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === symbol) {
      const p = n.parent;
      if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return true;
      if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)) return true;
    }
    return ts.forEachChild(n, (c) => (visit(c) ? true : undefined)) ?? false;
  };
  return visit(body);
}

/** The facts a condition adds in its true or false branch: `x > K` false -> x <= K, and so on. */
function refine(cond: ts.Expression, holds: boolean, checker: ts.TypeChecker, facts: Facts): Facts {
  if (ts.isParenthesizedExpression(cond)) return refine(cond.expression, holds, checker, facts);
  if (!ts.isBinaryExpression(cond)) return facts;
  const K = ts.SyntaxKind;
  const bound = rangeOf(cond.right, checker, facts);
  let upper: boolean; // the fact is an upper bound on the left side
  switch (cond.operatorToken.kind) {
    case K.LessThanToken: case K.LessThanEqualsToken: upper = holds; break;
    case K.GreaterThanToken: case K.GreaterThanEqualsToken: upper = !holds; break;
    default: return facts;
  }
  const fact: NumericRange = upper ? { lo: -Infinity, hi: bound.hi, integral: false } : { lo: bound.lo, hi: Infinity, integral: false };
  if (!Number.isFinite(upper ? bound.hi : bound.lo)) return facts;
  const key = cond.left.getText();
  const known = facts.get(key);
  const merged = known ? { lo: Math.max(known.lo, fact.lo), hi: Math.min(known.hi, fact.hi), integral: false } : fact;
  return new Map([...facts, [key, merged]]);
}

const exact = (v: number): NumericRange => (Number.isFinite(v) ? { lo: v, hi: v, integral: Number.isInteger(v) } : UNKNOWN);
const join = (a: NumericRange, b: NumericRange): NumericRange => ({ lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi), integral: a.integral && b.integral });
const within = (r: NumericRange, lo: number, hi: number) => r.integral && r.lo >= lo && r.hi <= hi;
const isFinite = (r: NumericRange) => Number.isFinite(r.lo) && Number.isFinite(r.hi);
/** The smallest 2^k - 1 that covers a non-negative hi. */
const allOnes = (hi: number) => 2 ** Math.ceil(Math.log2(hi + 1)) - 1;

function rangeOfPrefix(node: ts.PrefixUnaryExpression, checker: ts.TypeChecker, facts: Facts): NumericRange {
  const r = rangeOf(node.operand, checker, facts);
  switch (node.operator) {
    case ts.SyntaxKind.MinusToken: return { lo: -r.hi, hi: -r.lo, integral: r.integral };
    case ts.SyntaxKind.PlusToken: return r;
    case ts.SyntaxKind.TildeToken: return within(r, INT32.lo, INT32.hi) ? { lo: -r.hi - 1, hi: -r.lo - 1, integral: true } : INT32;
    default: return UNKNOWN;
  }
}

function rangeOfBinary(node: ts.BinaryExpression, checker: ts.TypeChecker, facts: Facts): NumericRange {
  const K = ts.SyntaxKind;
  const op = node.operatorToken.kind;
  if (op === K.EqualsToken) return rangeOf(node.right, checker, facts);
  return combineRanges(op, rangeOf(node.left, checker, facts), rangeOf(node.right, checker, facts));
}

/** The range of `a op b` for a binary operator token. */
export function combineRanges(op: ts.SyntaxKind, a: NumericRange, b: NumericRange): NumericRange {
  const K = ts.SyntaxKind;
  const integral = a.integral && b.integral;
  switch (op) {
    case K.PlusToken: return isFinite(a) && isFinite(b) ? { lo: a.lo + b.lo, hi: a.hi + b.hi, integral } : UNKNOWN;
    case K.MinusToken: return isFinite(a) && isFinite(b) ? { lo: a.lo - b.hi, hi: a.hi - b.lo, integral } : UNKNOWN;
    case K.AsteriskToken: {
      if (!isFinite(a) || !isFinite(b)) return UNKNOWN;
      const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
      return { lo: Math.min(...p), hi: Math.max(...p), integral };
    }
    case K.SlashToken: {
      if (!isFinite(a) || !isFinite(b) || (b.lo <= 0 && b.hi >= 0)) return UNKNOWN;
      const q = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
      return { lo: Math.min(...q), hi: Math.max(...q), integral: false };
    }
    case K.PercentToken: {
      if (!isFinite(b) || (b.lo <= 0 && b.hi >= 0) || !isFinite(a)) return UNKNOWN;
      const m = Math.max(Math.abs(b.lo), Math.abs(b.hi));
      const bound = integral ? m - 1 : m;
      return { lo: a.lo >= 0 ? 0 : Math.max(a.lo, -bound), hi: a.hi <= 0 ? 0 : Math.min(a.hi, bound), integral };
    }
    case K.AmpersandToken: {
      const aPos = within(a, 0, INT32.hi), bPos = within(b, 0, INT32.hi);
      if (aPos && bPos) return { lo: 0, hi: Math.min(a.hi, b.hi), integral: true };
      if (aPos || bPos) return { lo: 0, hi: aPos ? a.hi : b.hi, integral: true };
      return INT32;
    }
    case K.BarToken:
    case K.CaretToken:
      return within(a, 0, INT32.hi) && within(b, 0, INT32.hi) ? { lo: 0, hi: allOnes(Math.max(a.hi, b.hi)), integral: true } : INT32;
    case K.LessThanLessThanToken: {
      if (b.lo !== b.hi || !within(a, 0, INT32.hi)) return INT32;
      const hi = allOnes(a.hi) * 2 ** (b.lo & 31);
      return hi <= INT32.hi ? { lo: 0, hi, integral: true } : INT32;
    }
    case K.GreaterThanGreaterThanToken: {
      const s = b.lo === b.hi ? b.lo & 31 : 0;
      const base = within(a, INT32.lo, INT32.hi) ? a : INT32;
      return { lo: Math.floor(base.lo / 2 ** s), hi: Math.floor(base.hi / 2 ** s), integral: true };
    }
    case K.GreaterThanGreaterThanGreaterThanToken: {
      const s = b.lo === b.hi ? b.lo & 31 : 0;
      const base = within(a, 0, 4294967295) ? a : { lo: 0, hi: 4294967295, integral: true };
      return { lo: Math.floor(base.lo / 2 ** s), hi: Math.floor(base.hi / 2 ** s), integral: true };
    }
    case K.BarBarToken:
    case K.QuestionQuestionToken:
    case K.AmpersandAmpersandToken:
      return join(a, b);
    default:
      return UNKNOWN;
  }
}

function rangeOfCall(node: ts.CallExpression, checker: ts.TypeChecker, facts: Facts): NumericRange {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || callee.expression.text !== "Math") return UNKNOWN;
  const args = node.arguments.map((a) => rangeOf(a, checker, facts));
  const r = args[0] ?? UNKNOWN;
  switch (callee.name.text) {
    case "floor": case "ceil": case "round": case "trunc":
      return { lo: Math.floor(r.lo), hi: Math.ceil(r.hi), integral: true }; // (NaN is not tracked)
    case "abs": return isFinite(r) ? { lo: r.lo <= 0 && r.hi >= 0 ? 0 : Math.min(Math.abs(r.lo), Math.abs(r.hi)), hi: Math.max(Math.abs(r.lo), Math.abs(r.hi)), integral: r.integral } : UNKNOWN;
    case "min": return args.length > 0 ? { lo: Math.min(...args.map((x) => x.lo)), hi: Math.min(...args.map((x) => x.hi)), integral: args.every((x) => x.integral) } : UNKNOWN;
    case "max": return args.length > 0 ? { lo: Math.max(...args.map((x) => x.lo)), hi: Math.max(...args.map((x) => x.hi)), integral: args.every((x) => x.integral) } : UNKNOWN;
    case "imul": return INT32;
    default: return UNKNOWN;
  }
}

/** True when storing the value into an f32 cannot round it (Node and the device agree). */
export function isFloat32Exact(node: ts.Expression, checker: ts.TypeChecker): boolean {
  if (ts.isParenthesizedExpression(node)) return isFloat32Exact(node.expression, checker);
  if (ts.isConditionalExpression(node)) return isFloat32Exact(node.whenTrue, checker) && isFloat32Exact(node.whenFalse, checker);
  const width = fixedWidthOfValue(node, checker);
  if (width) return width.name === "f32" || width.hi <= 2 ** 24;
  const constant = ts.isIdentifier(node) ? constInitializer(node, checker) : undefined;
  if (constant) return isFloat32Exact(constant, checker);
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression) &&
    node.expression.expression.text === "Math" && node.expression.name.text === "fround") return true;
  const r = rangeOf(node, checker);
  if (r.lo === r.hi) return Math.fround(r.lo) === r.lo;
  return within(r, -(2 ** 24), 2 ** 24);
}
