// Getters and setters of the sketch's classes and interfaces: `get size()` / `set size(v)` are the
// member functions `get_size()` / `set_size(v)` (classes.ts); here their uses:
//   o.size        -> o->get_size()            Counter.total -> Counter::get_total()
//   o.size = v;   -> o->set_size(v);          o.size += 2;  -> o->set_size(o->get_size() + 2.0);
// Where the assignment's value is used, or the object expression is not a plain name, a lambda
// evaluates the object once and yields the value JS yields (the new value; the old one for x++).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { cppName } from "../shared/names";
import { guard } from "../shared/unwind";
import { cppTypeOfNode, isStringType, qualifiedDeclName } from "../types";
import { NUMERIC_HELPERS } from "./BinaryExpression";
import { isLibDeclaration, resolveSymbol } from "./Identifier";
import { lowerExpression, lowerToStringPart } from "./index";

const K = ts.SyntaxKind;

interface AccessorUse {
  node: ts.PropertyAccessExpression;
  name: string; // the C++ property name, e.g. "size"
  staticOwner?: string; // "Counter" for a static accessor
  mayThrow?: boolean; // the program can throw: each get_/set_ call is guarded (shared/unwind.ts)
}

/** `o.x` when x is a sketch getter/setter. */
export function accessorOf(node: ts.Expression, ctx: LowerContext): AccessorUse | undefined {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (!ts.isPropertyAccessExpression(node)) return undefined;
  const symbol = resolveSymbol(node.name, ctx);
  const decl = symbol?.declarations?.find((d) => ts.isGetAccessorDeclaration(d) || ts.isSetAccessorDeclaration(d));
  if (!symbol || !decl || isLibDeclaration(decl)) return undefined;
  const isStatic = (ts.getCombinedModifierFlags(decl as ts.Declaration) & ts.ModifierFlags.Static) !== 0;
  return { node, name: cppName(node.name.text), staticOwner: isStatic ? qualifiedDeclName(decl.parent, ctx) : undefined, mayThrow: ctx.mayThrow };
}

/** The object the accessor is called on: `o->` / `Counter::`. */
function accessorCall(use: AccessorUse, object: CppExpr | undefined, prefix: "get" | "set", ...args: CppExpr[]): CppExpr {
  const fn = `${prefix}_${use.name}`;
  const call = b.call(use.staticOwner ? b.name(`${use.staticOwner}::${fn}`) : b.member(object!, "->", fn), ...args);
  return use.mayThrow ? guard(call, prefix === "set") : call; // a getter or setter may throw
}

// o.size -> o->get_size()
export function lowerAccessorRead(use: AccessorUse, ctx: LowerContext): CppExpr {
  return accessorCall(use, use.staticOwner ? undefined : lowerExpression(use.node.expression, ctx), "get");
}

const BINARY: Partial<Record<ts.SyntaxKind, string>> = {
  [K.PlusEqualsToken]: "+", [K.MinusEqualsToken]: "-", [K.AsteriskEqualsToken]: "*", [K.SlashEqualsToken]: "/",
  [K.PlusPlusToken]: "+", [K.MinusMinusToken]: "-",
};

const HELPER_OPERATOR: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [K.PercentEqualsToken]: K.PercentToken, [K.AmpersandEqualsToken]: K.AmpersandToken, [K.BarEqualsToken]: K.BarToken,
  [K.CaretEqualsToken]: K.CaretToken, [K.LessThanLessThanEqualsToken]: K.LessThanLessThanToken,
  [K.GreaterThanGreaterThanEqualsToken]: K.GreaterThanGreaterThanToken,
  [K.GreaterThanGreaterThanGreaterThanEqualsToken]: K.GreaterThanGreaterThanGreaterThanToken,
  [K.AsteriskAsteriskEqualsToken]: K.AsteriskAsteriskToken,
};

/**
 * `o.x = v`, `o.x op= v`, `++o.x`, `o.x--` on an accessor property; undefined when the target is not one.
 * (check/ refuses `??=`, `||=`, `&&=` on accessors.)
 */
export function lowerAccessorUpdate(node: ts.BinaryExpression | ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, ctx: LowerContext): CppExpr | undefined {
  const targetNode = ts.isBinaryExpression(node) ? node.left : node.operand;
  const use = accessorOf(targetNode, ctx);
  if (!use) return undefined;
  const op = ts.isBinaryExpression(node) ? node.operatorToken.kind : node.operator;
  const objectNode = use.node.expression;
  const simple = use.staticOwner !== undefined || objectNode.kind === K.ThisKeyword || ts.isIdentifier(objectNode);
  const valueUsed = !ts.isExpressionStatement(node.parent) && !(ts.isForStatement(node.parent) && node.parent.incrementor === node);
  const object = use.staticOwner ? undefined : simple ? lowerExpression(objectNode, ctx) : b.name("tsesp_object");
  const current = (): CppExpr => accessorCall(use, object, "get");
  let value: CppExpr;
  if (op === K.EqualsToken) value = lowerExpression((node as ts.BinaryExpression).right, ctx);
  else if (op === K.PlusEqualsToken && isStringType(ctx.checker.getTypeAtLocation(targetNode))) {
    value = b.call("tsesp::concat", b.list([current(), lowerToStringPart((node as ts.BinaryExpression).right, ctx)]));
  } else {
    const right = ts.isBinaryExpression(node) ? lowerExpression(node.right, ctx) : b.numberLiteral(1);
    const helper = HELPER_OPERATOR[op] !== undefined ? NUMERIC_HELPERS[HELPER_OPERATOR[op]!] : undefined;
    value = helper ? b.call(helper, current(), right) : b.binary(BINARY[op]!, current(), right);
  }
  if (simple && !valueUsed) return accessorCall(use, object, "set", value);
  const type = cppTypeOfNode(targetNode, ctx);
  const body: CppStmt[] = [];
  if (!simple) body.push(b.varDecl("auto", "tsesp_object", lowerExpression(objectNode, ctx)));
  const postfix = ts.isPostfixUnaryExpression(node);
  if (postfix) body.push(b.varDecl(type, "tsesp_old", current()));
  body.push(b.varDecl(type, "tsesp_value", postfix ? b.binary(BINARY[op]!, b.name("tsesp_old"), b.numberLiteral(1)) : value));
  body.push(b.exprStmt(accessorCall(use, object, "set", b.name("tsesp_value"))));
  body.push(b.ret(b.name(postfix ? "tsesp_old" : "tsesp_value")));
  // [&] { auto tsesp_object = o(); double tsesp_value = tsesp_object->get_x() + 1.0; tsesp_object->set_x(tsesp_value); return tsesp_value; }()
  return b.call(b.lambda(["&"], [], valueUsed ? type : "void", valueUsed ? body : body.slice(0, -1)));
}
