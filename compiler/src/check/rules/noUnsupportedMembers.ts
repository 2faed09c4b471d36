// Members of built-in types the compiler does not implement: `s.padStart(4)`, `arr.splice(0, 1)`,
// `Number.MAX_SAFE_INTEGER`, `f.call(x)`, `s.split(",", 2)` -> TSESP2029. Math is complete; see
// shared/library.ts.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
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
      return;
    }
    ctx.report(report.unsupportedMember(node.name, displayOwner(owner), node.name.text, hintForMember(owner, node.name.text)));
  },
};

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
