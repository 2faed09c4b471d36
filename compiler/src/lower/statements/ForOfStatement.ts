// for (const x of items) body -> an index loop that re-reads length each pass (JS sees elements
// pushed during the loop; no C++ iterator is ever invalidated):
//   { const tsesp::Array<double> x_items = items;
//     for (double x_index = 0.0; x_index < x_items.length(); x_index++) { const double x = x_items.get(x_index); body } }
// Strings iterate by code point (s.codePoints()); Maps and Sets in ForOfCollection.ts.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppStmt } from "../../cpp/nodes";
import { originOf, withLoop, withNestedBlock, type LowerContext } from "../context";
import { lowerExpression, unsupported } from "../expressions/index";
import { cppName } from "../shared/names";
import { cppTypeOf } from "../types";
import { isTypedArrayType } from "../library/bytesTypes";
import { lowerBody } from "./index";
import { withContinueTarget } from "./LabeledStatement";
import { lowerBinding } from "./BindingPattern";
import { lowerForOfCollection } from "./ForOfCollection";
import { isRead } from "./VariableStatement";

export function lowerForOfStatement(node: ts.ForOfStatement, ctx: LowerContext): CppStmt[] {
  const overCollection = lowerForOfCollection(node, ctx);
  if (overCollection) return overCollection;
  const inner = withNestedBlock(ctx);
  const origin = originOf(node, ctx);
  const list = node.initializer;
  if (!ts.isVariableDeclarationList(list) || list.declarations.length !== 1) throw unsupported(node, ctx);
  const decl = list.declarations[0];
  const pattern = ts.isIdentifier(decl.name) ? undefined : decl.name;
  // for (const [k, v] of pairs): the element is a temporary, destructured first in the body
  const name = pattern ? `tsesp_element_${origin.line}` : cppName((decl.name as ts.Identifier).text);
  const iterableType = ctx.checker.getTypeAtLocation(node.expression);
  let items = lowerExpression(node.expression, inner);
  let itemsType = cppTypeOf(iterableType, ctx);
  if (iterableType.flags & ts.TypeFlags.StringLike) {
    items = b.method(items, "codePoints");
    itemsType = "tsesp::Array<tsesp::String>";
  } else if (!ctx.checker.isArrayType(iterableType) && !isTypedArrayType(iterableType)) {
    throw unsupported(node, ctx);
  }
  const elementType = pattern ? itemsType.replace(/^tsesp::Array<(.*)>$/, "$1") : cppTypeOf(ctx.checker.getTypeAtLocation(decl.name), ctx);
  const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
  const itemsName = `${name}_items`;
  const index = b.name(`${name}_index`);
  const element: CppStmt = inner.boxed.has(decl)
    ? { kind: "var", type: `tsesp::Box<${elementType}>`, name, init: b.method(b.name(itemsName), "get", index), direct: true }
    : { kind: "var", type: elementType, name, init: b.method(b.name(itemsName), "get", index), isConst, maybeUnused: !isRead(decl, ctx) };
  const loop: CppStmt = {
    kind: "for",
    init: b.varDecl("double", `${name}_index`, b.name("0.0")),
    test: b.binary("<", index, b.method(b.name(itemsName), "length")),
    update: b.postfix("++", index),
    body: [element, ...(pattern ? lowerBinding(pattern, b.name(name), isConst, inner, origin) : []), ...withContinueTarget(node, lowerBody(node.statement, withLoop(inner, undefined)), ctx)],
    origin,
  };
  return [{ ...b.block([b.varDecl(itemsType, itemsName, items, true), loop]), origin }];
}
