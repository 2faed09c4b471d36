// Error propagation without C++ exceptions (runtime tsesp/error.h). A call that may throw is
// lowered as `TSESP_GUARD(TSESP_UNWIND, call)`: the placeholder TSESP_UNWIND is later replaced by
// what the enclosing construct does with a pending error, innermost first:
//   try block -> `goto tsesp_catch_N` (statements/TryStatement.ts), catch block with a finally ->
//   `goto tsesp_finally_N`, function body -> `return {}` / `return` (functions.ts, classes.ts, modules.ts).
// Lambdas that are not closures (the `[&] { ... }()` of shared/order.ts, the thunks of `a || b`)
// cannot jump out: an immediately called `auto` lambda becomes a statement expression; a thunk
// returns a default value and the call that runs it is guarded in turn.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt, CppType } from "../../cpp/nodes";
import type { LowerContext } from "../context";

export const UNWIND = "TSESP_UNWIND";

/** `call` evaluated so that a pending error afterwards unwinds (TSESP_GUARD). */
export function guard(call: CppExpr, isVoid: boolean): CppExpr {
  return b.call(isVoid ? "TSESP_GUARD_VOID" : "TSESP_GUARD", b.name(UNWIND), call);
}

/** The statement `if (tsesp::errorPending()) TSESP_UNWIND;`. */
export function unwindIfPending(): CppStmt {
  return { kind: "if", test: b.call("tsesp::errorPending"), then: [b.exprStmt(b.name(UNWIND))] };
}

/** What a function with this C++ return type does with a pending error. */
export function returnAction(returnType: CppType | undefined): string {
  return !returnType || returnType === "void" ? "return" : "return {}";
}

/** True if the program can throw at all: only then are calls guarded (programs without errors lower as before). */
export function programMayThrow(sourceFiles: readonly ts.SourceFile[]): boolean {
  const visit = (n: ts.Node): boolean =>
    ts.isThrowStatement(n) || ts.isTryStatement(n) || isThrowingLibraryCall(n) || (ts.forEachChild(n, visit) ?? false);
  return sourceFiles.some((sf) => visit(sf));
}

/** Library methods that raise catchable errors (tsesp::throwError) for some arguments. */
const THROWING_METHODS = new Set([
  "toFixed", "toPrecision", "toExponential", "repeat", "parse", "fromCodePoint",
  // DataView out of bounds, TextDecoder with fatal (runtime data_view.h, text.h)
  "getInt8", "getUint8", "getInt16", "getUint16", "getInt32", "getUint32", "getFloat32", "getFloat64",
  "setInt8", "setUint8", "setInt16", "setUint16", "setInt32", "setUint32", "setFloat32", "setFloat64", "decode",
]);

function isThrowingLibraryCall(n: ts.Node): boolean {
  if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression)) return false;
  const method = n.expression.name.text;
  return THROWING_METHODS.has(method) || (method === "toString" && n.arguments.length > 0);
}

/** A call to library code that may throw here: a listed method, or one that runs a callback. */
export function libraryCallMayThrow(node: ts.CallExpression, ctx: LowerContext): boolean {
  if (isThrowingLibraryCall(node)) return true;
  return node.arguments.some((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a) || ctx.checker.getTypeAtLocation(a).getCallSignatures().length > 0);
}

/**
 * A call or `new` as lowered, guarded when it may throw: calls into the sketch's own functions,
 * methods, closures and constructors, and library calls that throw or run callbacks.
 */
export function guardCall(node: ts.CallExpression | ts.NewExpression, lowered: CppExpr, ctx: LowerContext): CppExpr {
  if (!ctx.mayThrow) return lowered;
  if (isLibraryCallee(node, ctx) && !(ts.isCallExpression(node) && libraryCallMayThrow(node, ctx))) return lowered;
  const type = ctx.checker.getTypeAtLocation(node);
  return guard(lowered, (type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Never)) !== 0);
}

function isLibraryCallee(node: ts.CallExpression | ts.NewExpression, ctx: LowerContext): boolean {
  const callee = node.expression;
  if (callee.kind === ts.SyntaxKind.SuperKeyword) return false;
  if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.SuperKeyword) return false;
  const at = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  let symbol = ctx.checker.getSymbolAtLocation(at);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  return decl !== undefined && decl.getSourceFile().isDeclarationFile;
}

/** Replaces the pending-error placeholders in `stmts` (outside closures) by `action`. */
export function resolveUnwind(stmts: CppStmt[], action: string): CppStmt[] {
  return stmts.map((s) => resolveStmt(s, action));
}

function resolveStmt(s: CppStmt, action: string): CppStmt {
  const e = (x: CppExpr): CppExpr => resolveExpr(x, action);
  const list = (xs: CppStmt[]): CppStmt[] => resolveUnwind(xs, action);
  switch (s.kind) {
    case "expr":
      return { ...s, expr: e(s.expr) };
    case "var":
      return s.init ? { ...s, init: e(s.init) } : s;
    case "if":
      return { ...s, test: e(s.test), then: list(s.then), else: s.else && list(s.else) };
    case "while":
      return { ...s, test: e(s.test), body: list(s.body) };
    case "doWhile":
      return { ...s, test: e(s.test), body: list(s.body) };
    case "for":
      return { ...s, init: s.init && resolveStmt(s.init, action), test: s.test && e(s.test), update: s.update && e(s.update), body: list(s.body) };
    case "switch":
      return { ...s, discriminant: e(s.discriminant), cases: s.cases.map((c) => ({ label: c.label, body: list(c.body) })) };
    case "return":
      return s.value ? { ...s, value: e(s.value) } : s;
    case "block":
      return { ...s, body: list(s.body) };
    default:
      return s;
  }
}

/** An expression evaluated where no jump is possible (a C++ default argument): guards unwrapped. */
export function withoutGuards(x: CppExpr): CppExpr {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v === null || typeof v !== "object") return v;
    const node = v as { kind?: string; callee?: { kind?: string; name?: string }; args?: unknown[] };
    if (node.kind === "call" && node.callee?.kind === "name" && (node.callee.name === "TSESP_GUARD" || node.callee.name === "TSESP_GUARD_VOID")) {
      return strip(node.args![1]);
    }
    return Object.fromEntries(Object.entries(v as object).map(([k, c]) => [k, strip(c)]));
  };
  return strip(x) as CppExpr;
}

/** The same for one expression (a constructor's base initializer arguments). */
export function resolveExpr(x: CppExpr, action: string): CppExpr {
  const e = (y: CppExpr): CppExpr => resolveExpr(y, action);
  switch (x.kind) {
    case "name":
      return x.name === UNWIND ? b.name(action) : x;
    case "call":
      return resolveCall(x, action);
    case "member":
      return { ...x, object: e(x.object) };
    case "binary":
      return { ...x, left: e(x.left), right: e(x.right) };
    case "unary":
      return { ...x, operand: e(x.operand) };
    case "conditional":
      return { ...x, test: e(x.test), whenTrue: e(x.whenTrue), whenFalse: e(x.whenFalse) };
    case "assign":
      return { ...x, target: e(x.target), value: e(x.value) };
    case "braced": {
      // Array<T>{a, f()} -> ({ auto tsesp_item0 = a; auto tsesp_item1 = f(); Array<T>{tsesp_item0, tsesp_item1}; })
      const hoisted = hoistItems(x.items);
      return hoisted ? e({ kind: "stmtExpr", body: [...hoisted.decls, b.exprStmt({ ...x, items: hoisted.items })] }) : { ...x, items: x.items.map(e) };
    }
    case "list":
      return { ...x, items: x.items.map(e) };
    case "stmtExpr":
      return { ...x, body: resolveUnwind(x.body, action) };
    case "lambda":
      // a thunk not called here (passed on): it returns a default value; its caller is guarded
      return hasPlaceholder(x) ? resolveThunk(x) : x;
  }
}

function resolveCall(x: Extract<CppExpr, { kind: "call" }>, action: string): CppExpr {
  const callee = x.callee;
  if (callee.kind === "lambda" && hasPlaceholder(callee) && callee.returnType === "auto" && x.args.length === 0 && callee.params.length === 0) {
    // [&] { auto tsesp_arg0 = f(); return g(tsesp_arg0, h()); }() -> ({ auto tsesp_arg0 = f(); g(tsesp_arg0, h()); })
    const body = callee.body.map((s, i) => (i === callee.body.length - 1 && s.kind === "return" && s.value ? b.exprStmt(s.value) : s));
    return { kind: "stmtExpr", body: resolveUnwind(body, action) };
  }
  const listAt = x.args.findIndex((a) => a.kind === "list" && hoistItems(a.items) !== undefined);
  if (listAt >= 0) {
    // concat({s, f()}) -> ({ auto tsesp_item0 = s; auto tsesp_item1 = f(); concat({tsesp_item0, tsesp_item1}); })
    const list = x.args[listAt] as Extract<CppExpr, { kind: "list" }>;
    const hoisted = hoistItems(list.items)!;
    const args = x.args.map((a, i) => (i === listAt ? { ...list, items: hoisted.items } : a));
    return resolveExpr({ kind: "stmtExpr", body: [...hoisted.decls, b.exprStmt({ ...x, args })] }, action);
  }
  const thunks = [callee, ...x.args].some((a) => a.kind === "lambda" && hasPlaceholder(a));
  const resolved: CppExpr = { ...x, callee: resolveExpr(callee, action), args: x.args.map((a) => resolveExpr(a, action)) };
  if (!thunks) return resolved;
  const isVoid = callee.kind === "lambda" && callee.returnType === "void";
  return resolveExpr(guard(resolved, isVoid), action);
}

/**
 * Leaving an initializer list half built (a guard jumping out of `{a, f()}`) skips the destructors
 * of the elements already made (GCC), so the items up to the last guarded one are evaluated into
 * named locals first, in order; undefined when no item is guarded.
 */
function hoistItems(items: CppExpr[]): { decls: CppStmt[]; items: CppExpr[] } | undefined {
  let last = -1;
  items.forEach((item, i) => {
    if (item.kind !== "lambda" && hasPlaceholder(item)) last = i;
  });
  if (last < 0) return undefined;
  const decls: CppStmt[] = [];
  const out = items.map((item, i) => {
    if (i > last || item.kind === "name") return item;
    decls.push(b.varDecl("auto", `tsesp_item${i}`, item));
    return b.name(`tsesp_item${i}`);
  });
  return { decls, items: out };
}

function resolveThunk(x: Extract<CppExpr, { kind: "lambda" }>): CppExpr {
  return { ...x, body: resolveUnwind(x.body, returnAction(x.returnType)) };
}

function hasPlaceholder(x: CppExpr | CppStmt): boolean {
  let found = false;
  const visit = (v: unknown): void => {
    if (found || v === null || typeof v !== "object") return;
    const node = v as { kind?: string; name?: string };
    if (node.kind === "name" && node.name === UNWIND) {
      found = true;
      return;
    }
    for (const child of Object.values(v as object)) visit(child);
  };
  visit(x);
  return found;
}

/** True if a `goto label` (statement or resolved placeholder) appears anywhere in `stmts`. */
export function jumpsTo(stmts: CppStmt[], label: string): boolean {
  let found = false;
  const visit = (v: unknown): void => {
    if (found || v === null || typeof v !== "object") return;
    const node = v as { kind?: string; name?: string; label?: string };
    if ((node.kind === "goto" && node.label === label) || (node.kind === "name" && node.name === `goto ${label}`)) {
      found = true;
      return;
    }
    for (const child of Object.values(v as object)) visit(child);
  };
  visit(stmts);
  return found;
}
