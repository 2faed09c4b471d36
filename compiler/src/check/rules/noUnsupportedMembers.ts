// Members of built-in types the compiler does not implement: `s.normalize()`, `arr.flat()`,
// `n.toPrecision(3)`, `f.call(x)`, `s.split(",", 2)`, `s.replace("a", () => "b")` -> TSESP2029.
// Math is complete; see shared/library.ts.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";
import { isArrayFromIteratorSource, isArrayFromSource } from "./shared/arrayFrom";
import { isByteSource } from "./shared/bytes";
import { jsonParseAssertion, unparsableReason } from "./shared/json";
import { MAX_ARGUMENTS, REPORTED_MEMBER_OWNERS, SUPPORTED_MEMBERS, hintForMember } from "./shared/library";

export const noUnsupportedMembers: SubsetRule = {
  code: "TSESP2029",
  name: "noUnsupportedMembers",
  visit(node, ctx) {
    if (!ts.isPropertyAccessExpression(node) || ts.isPrivateIdentifier(node.name)) return;
    const symbol = ctx.checker.getSymbolAtLocation(node.name);
    const declarations = symbol?.declarations ?? [];
    if (declarations.length === 0 || !declarations.every((d) => ctx.isEsLibDeclaration(d))) return;
    let owner = ownerName(declarations[0]);
    // `flag.toString()` resolves to Object's toString: there is no Boolean.toString declaration.
    if (owner === "Object" && (ctx.checker.getTypeAtLocation(node.expression).flags & ts.TypeFlags.BooleanLike) !== 0) owner = "Boolean";
    if (!REPORTED_MEMBER_OWNERS.has(owner)) return;
    const allowed = SUPPORTED_MEMBERS[owner];
    if (owner === "Array" && node.name.text === "length" && isWritten(node)) {
      ctx.report(report.unsupportedMember(node.name, owner, "length (assigned)", "build a new array, or pop() elements until it is short enough"));
      return;
    }
    if (allowed !== undefined && (allowed.has("*") || allowed.has(node.name.text))) {
      const limit = MAX_ARGUMENTS[`${owner}.${node.name.text}`];
      const call = node.parent;
      if (limit !== undefined && ts.isCallExpression(call) && call.expression === node && call.arguments.length > limit) {
        const what = `${node.name.text} with ${call.arguments.length} arguments`;
        ctx.report(report.unsupportedMember(node.name, owner, what, `pass at most ${limit} argument${limit === 1 ? "" : "s"}`));
      }
      if (ts.isCallExpression(call) && call.expression === node) checkArguments(node, call, owner, ctx);
      return;
    }
    ctx.report(report.unsupportedMember(node.name, displayOwner(owner), node.name.text, hintForMember(owner, node.name.text)));
  },
};

/** Supported methods whose other overloads are not compiled: a function replacer, concat on nested arrays. */
function checkArguments(node: ts.PropertyAccessExpression, call: ts.CallExpression, owner: string, ctx: RuleContext): void {
  const method = node.name.text;
  if (owner === "String" && (method === "replace" || method === "replaceAll")) {
    const replacement = call.arguments[1];
    if (replacement && !(ctx.checker.getTypeAtLocation(replacement).flags & ts.TypeFlags.StringLike)) {
      ctx.report(report.unsupportedMember(node.name, owner, `${method} with a function replacer`, "compute the replacement string first and pass it"));
    }
  }
  if ((owner === "Map" || owner === "Set" || owner === "Array") && (method === "keys" || method === "values" || method === "entries")) {
    if (!(ts.isForOfStatement(call.parent) && call.parent.expression === call) && !isArrayFromIteratorSource(call, ctx)) {
      ctx.report(report.unsupportedMember(node.name, owner, `${method}() outside for...of`, `iterate it directly: \`for (const x of m.${method}())\`, or use forEach`));
    }
  }
  if (owner === "JSON") checkJsonCall(node, call, method, ctx);
  if (owner === "ArrayConstructor" && method === "from" && !isArrayFromSource(call, ctx)) {
    const hint = "pass an array, a typed array, a string, a Set, m.keys()/m.values(), or `{ length: n }` with a map function";
    ctx.report(report.unsupportedMember(node.name, "Array", "from with this source", hint));
  }
  if (owner.endsWith("ArrayConstructor") && owner !== "ArrayConstructor" && method === "from") {
    const source = call.arguments[0];
    if (call.arguments.length > 2 || (source && !isByteSource(ctx.checker.getTypeAtLocation(source), ctx))) {
      ctx.report(report.unsupportedMember(node.name, owner.slice(0, -"Constructor".length), "from with these arguments", "pass a number[] or a typed array, and an optional map function"));
    }
  }
  if (owner === "Array" && method === "concat") {
    const receiver = ctx.checker.getTypeAtLocation(node.expression);
    const element = ctx.checker.isArrayType(receiver) ? ctx.checker.getTypeArguments(receiver as ts.TypeReference)[0] : undefined;
    // rows.concat(moreRows) is compiled; rows.concat(row) would spread the row's numbers (JS spreads
    // every array argument), which the element type cannot hold
    const spreadsARow = (a: ts.Expression) => !ctx.checker.isArrayType(ctx.checker.getTypeAtLocation(a)) || ctx.checker.isTypeAssignableTo(ctx.checker.getTypeAtLocation(a), element!);
    if (element && ctx.checker.isArrayType(element) && call.arguments.some(spreadsARow)) {
      ctx.report(report.unsupportedMember(node.name, owner, "concat of a single row onto an array of arrays", "wrap the row in an array: `rows.concat([row])`"));
    }
  }
}

/** `x.length = 0`, `x.length += 1`, `x.length++`. */
function isWritten(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent)) {
    const kind = parent.operatorToken.kind;
    return parent.left === node && kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
  }
  if (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) {
    return parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken;
  }
  return false;
}

/** The interface declaring a lib member (`String`, `ReadonlyArray`, `NumberConstructor`, ...). */
function ownerName(declaration: ts.Declaration): string {
  const parent = declaration.parent;
  if (ts.isInterfaceDeclaration(parent)) return parent.name.text === "ReadonlyArray" ? "Array" : parent.name.text;
  return "?";
}

/** `NumberConstructor` reads as `Number` to the user, who wrote `Number.MAX_SAFE_INTEGER`. */
function displayOwner(owner: string): string {
  return owner.endsWith("Constructor") ? owner.slice(0, -"Constructor".length) : owner;
}

/** JSON.stringify(value, null?, space?); JSON.parse(text) only as `JSON.parse(text) as T` with a readable T. */
function checkJsonCall(node: ts.PropertyAccessExpression, call: ts.CallExpression, method: string, ctx: RuleContext): void {
  if (method === "stringify") {
    const replacer = call.arguments[1];
    if (replacer && replacer.kind !== ts.SyntaxKind.NullKeyword && !(ts.isIdentifier(replacer) && replacer.text === "undefined")) {
      ctx.report(report.unsupportedMember(node.name, "JSON", "stringify with a replacer", "pass null: `JSON.stringify(value, null, 2)`, and build the object you want printed"));
    }
    return;
  }
  const assertion = jsonParseAssertion(call);
  if (call.arguments.length > 1) {
    ctx.report(report.unsupportedMember(node.name, "JSON", "parse with a reviver", "convert the fields after parsing"));
  } else if (!assertion) {
    ctx.report(report.unsupportedMember(node.name, "JSON", "parse without a declared type", "write `JSON.parse(text) as Config` with an interface describing the data"));
  } else {
    const reason = unparsableReason(ctx.checker.getTypeFromTypeNode(assertion.type), ctx);
    if (reason) ctx.report(report.unsupportedMember(node.name, "JSON", `parse as ${reason}`, "describe the data with interfaces of numbers, strings, booleans and arrays"));
  }
}
