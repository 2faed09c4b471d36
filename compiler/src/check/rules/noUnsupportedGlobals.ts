// References to ECMAScript library globals the compiler does not implement: `new Map()`, `JSON`,
// `Object.keys`, `Date.now()`, `BigInt64Array`, `new Map(pairs)`, `new Uint8Array(aSet)` -> TSESP2028; `eval` -> TSESP2004; `Function` ->
// TSESP2006; `Symbol` -> TSESP2026; `BigInt` -> TSESP2027; `Promise` -> TSESP2013. Type names too. (The only `eval` check.)
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";
import { isNameOfDeclarationOrMember } from "./shared/nodes";
import { BYTES_CONSTRUCTORS, ERROR_CLASSES, SUPPORTED_GLOBALS, SUPPORTED_GLOBAL_TYPES, hintForGlobal } from "./shared/library";
import { isCollectionSource } from "./shared/arrayFrom";
import { checkBytesConstructor } from "./shared/bytes";
import { isRecordObjectCall, isRecordType } from "./shared/record";

export const noUnsupportedGlobals: SubsetRule = {
  code: "TSESP2028",
  name: "noUnsupportedGlobals",
  visit(node, ctx) {
    if (ts.isTypeReferenceNode(node)) {
      const name = ts.isIdentifier(node.typeName) ? node.typeName : undefined;
      // Record<string, V> (string keys) is compiled (shared/record.ts)
      const record = name?.text === "Record" && isRecordType(ctx.checker.getTypeFromTypeNode(node), ctx);
      if (name !== undefined && !record && isEsLibName(name, ctx) && !SUPPORTED_GLOBAL_TYPES.has(name.text)) {
        reportGlobal(name, ctx);
      }
    } else if (ts.isIdentifier(node) && !isNameOfDeclarationOrMember(node) && !isInTypePosition(node)) {
      if (!isEsLibName(node, ctx)) return;
      if (node.text === "Object" && isRecordObjectCall(node.parent, ctx)) return; // Object.keys(r) (shared/record.ts)
      if (!SUPPORTED_GLOBALS.has(node.text)) reportGlobal(node, ctx);
      // `Array` only as the object of `Array.isArray` (members are checked by noUnsupportedMembers)
      else if (node.text === "Array" && (ts.isNewExpression(node.parent) || ts.isCallExpression(node.parent)) && node.parent.expression === node) checkArrayConstructor(node.parent, ctx);
      else if (node.text === "Array" && !(ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node)) reportGlobal(node, ctx);
      else if ((node.text === "Map" || node.text === "Set") && ts.isNewExpression(node.parent) && node.parent.expression === node) {
        checkCollectionConstructor(node.parent, node.text as "Map" | "Set", ctx);
      } else if (BYTES_CONSTRUCTORS.has(node.text) && ts.isNewExpression(node.parent) && node.parent.expression === node) {
        checkBytesConstructor(node.parent, node.text, ctx);
      } else if (ts.isNewExpression(node.parent) && node.parent.expression === node && !ERROR_CLASSES.includes(node.text)) {
        // (new Error(message) is checked by noExceptions)
        ctx.report(report.unsupportedBuiltin(node, `new ${node.text}`, `use the primitive: \`${node.text}(x)\` converts without a wrapper object`));
      }
    }
  },
};

/** `new Map<K, V>()`, `new Map([[k, v], ...])`, `new Map(other)`, `new Set<T>()`, `new Set(source)` (shared/arrayFrom.ts). */
function checkCollectionConstructor(node: ts.NewExpression, name: "Map" | "Set", ctx: RuleContext): void {
  if (isCollectionSource(node, name, ctx)) return;
  const hint = name === "Map"
    ? "write the pairs as a literal (`new Map([[k, v], ...])`), pass another Map, or create it empty and set() each entry"
    : "pass an array, a string, a typed array, a Set or m.keys()/m.values(), or create it empty and add() each element";
  ctx.report(report.unsupportedBuiltin(node, `new ${name}(...) with these arguments`, hint));
}

function reportGlobal(name: ts.Identifier, ctx: RuleContext): void {
  switch (name.text) {
    case "eval": return ctx.report(report.evalCall(name));
    case "Function": return ctx.report(report.functionConstructor(name));
    case "Symbol": return ctx.report(report.symbol(name));
    case "BigInt": return ctx.report(report.bigint(name));
    case "Promise": case "PromiseLike": return ctx.report(report.asyncAwait(name, "Promise"));
    default: return ctx.report(report.unsupportedBuiltin(name, name.text, hintForGlobal(name.text)));
  }
}

/** The identifier resolves only to declarations of the ES2022 lib. */
function isEsLibName(identifier: ts.Identifier, ctx: RuleContext): boolean {
  const symbol = ctx.checker.getSymbolAtLocation(identifier);
  const declarations = symbol?.declarations ?? [];
  return declarations.length > 0 && declarations.every((d) => ctx.isEsLibDeclaration(d));
}

/** Identifiers inside type syntax are handled through their TypeReference (or are not references). */
function isInTypePosition(identifier: ts.Identifier): boolean {
  for (let node: ts.Node = identifier.parent; !ts.isSourceFile(node); node = node.parent) {
    if (ts.isExpressionWithTypeArguments(node)) return false; // `extends Map<...>` names a value
    if (ts.isTypeNode(node)) return true;
    if (ts.isExpression(node) || ts.isStatement(node)) return false;
  }
  return false;
}

/** `new Array<T>(n)` / `Array<T>(n)` (n holes, usually followed by `.fill(x)`) is compiled; other Array constructor forms are not. */
function checkArrayConstructor(node: ts.NewExpression | ts.CallExpression, ctx: RuleContext): void {
  const args = node.arguments ?? [];
  const isLength = args.length === 1 && (ctx.checker.getTypeAtLocation(args[0]).flags & ts.TypeFlags.NumberLike) !== 0;
  if (!isLength || node.typeArguments?.length !== 1) {
    ctx.report(report.unsupportedBuiltin(node.expression, "this form of the Array constructor", "write `new Array<number>(n).fill(0)` for n elements, or an array literal `[a, b]`"));
  }
}
