// for...of over a Map or Set (insertion order; entries added during the loop are visited, deleted
// ones skipped, as JS):
//   for (const [key, value] of m) body  ->
//   { const auto tsesp_table_40 = m; auto tsesp_guard_40 = tsesp::iterationOf(tsesp_table_40);
//     for (double tsesp_position_40 = 0.0; tsesp_position_40 < tsesp_table_40.positions(); tsesp_position_40++) {
//       if (!tsesp_table_40.liveAt(tsesp_position_40)) continue;
//       const tsesp::String key = tsesp_table_40.keyAt(tsesp_position_40); const double value = ...valueAt(...); body } }
// Also m.keys(), m.values(), m.entries(), s.values(), s.keys() as the iterated expression, and an
// array's keys()/values()/entries() (`for (const [i, x] of xs.entries())`: index and element).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt } from "../../cpp/nodes";
import { originOf, withLoop, withNestedBlock, type LowerContext } from "../context";
import { lowerExpression, unsupported } from "../expressions/index";
import { objectEntriesSource } from "../library/record";
import { collectionKind } from "../types";
import { lowerBinding } from "./BindingPattern";
import { lowerBody } from "./index";
import { withContinueTarget } from "./LabeledStatement";

type Walk = "keys" | "values" | "entries";

/** What a for...of over a collection walks, or undefined when it iterates something else. */
function collectionWalk(expr: ts.Expression, ctx: LowerContext): { receiver: ts.Expression; walk: Walk; array?: boolean; record?: boolean } | undefined {
  const record = objectEntriesSource(expr, ctx); // Object.entries(r): a snapshot of r's pairs (library/record.ts)
  if (record) return { receiver: record, walk: "entries", record: true };
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.arguments.length === 0) {
    const method = expr.expression.name.text;
    const receiverType = ctx.checker.getTypeAtLocation(expr.expression.expression);
    if (ctx.checker.isArrayType(receiverType) && (method === "keys" || method === "values" || method === "entries")) {
      return { receiver: expr.expression.expression, walk: method, array: true };
    }
    const kind = collectionKind(receiverType);
    if (kind && (method === "keys" || method === "values" || method === "entries")) {
      // a Set's keys() and values() are its elements
      return { receiver: expr.expression.expression, walk: kind === "Set" && method !== "entries" ? "keys" : method };
    }
  }
  const kind = collectionKind(ctx.checker.getTypeAtLocation(expr));
  return kind ? { receiver: expr, walk: kind === "Map" ? "entries" : "keys" } : undefined;
}

export function lowerForOfCollection(node: ts.ForOfStatement, ctx: LowerContext): CppStmt[] | undefined {
  const found = collectionWalk(node.expression, ctx);
  if (!found) return undefined;
  const list = node.initializer;
  if (!ts.isVariableDeclarationList(list) || list.declarations.length !== 1) throw unsupported(node, ctx);
  const inner = withNestedBlock(ctx);
  const origin = originOf(node, ctx);
  const decl = list.declarations[0];
  const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
  const tableName = `tsesp_table_${node.pos}`;
  const positionName = `tsesp_position_${node.pos}`;
  const table = b.name(tableName);
  const position = b.name(positionName);
  // arrays: the key is the index, the value the element (re-reading length, as the array loop does)
  const key = found.array ? position : b.method(table, "keyAt", position);
  const snapshot = found.array || found.record; // indexes 0..length-1, no holes, no guard
  const value = found.array ? b.method(table, "get", position) : b.method(table, "valueAt", position);
  const bind: CppStmt[] = [];
  if (found.walk === "entries") {
    // for (const [k, v] of m): check/ allows only an array pattern here
    if (!ts.isArrayBindingPattern(decl.name)) throw unsupported(decl, ctx);
    decl.name.elements.forEach((element, i) => {
      if (ts.isOmittedExpression(element) || i > 1) return;
      bind.push(...lowerBinding(element.name, i === 0 ? key : value, isConst, inner, origin));
    });
  } else {
    bind.push(...lowerBinding(decl.name, found.walk === "keys" ? key : value, isConst, inner, origin));
  }
  const skipHole: CppStmt[] = snapshot ? [] : [{ kind: "if", test: b.unary("!", b.method(table, "liveAt", position)), then: [{ kind: "continue" }] }];
  const body = withContinueTarget(node, lowerBody(node.statement, withLoop(inner, undefined)), ctx);
  const loop: CppStmt = {
    kind: "for",
    init: b.varDecl("double", positionName, b.name("0.0")),
    test: b.binary("<", position, b.method(table, snapshot ? "length" : "positions")),
    update: b.postfix("++", position),
    body: [...skipHole, ...bind, ...body],
    origin,
  };
  const lowered = lowerExpression(found.receiver, inner);
  const receiver: CppExpr = found.record ? b.method(lowered, "entries") : lowered;
  const guard = b.varDecl("auto", `tsesp_guard_${node.pos}`, b.call("tsesp::iterationOf", table));
  const setup = snapshot ? [b.varDecl("auto", tableName, receiver, true)] : [b.varDecl("auto", tableName, receiver, true), guard];
  return [{ ...b.block([...setup, loop]), origin }];
}
